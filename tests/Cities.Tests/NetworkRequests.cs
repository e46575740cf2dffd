using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Common.V1;

namespace Mc2cm.Cities.Tests;

/// <summary>Valid phase and partner requests to start from; each test changes what it tests.</summary>
public static class NetworkRequests
{
    public static Google.Type.Date Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    /// <summary>A phase from <paramref name="start"/> to <paramref name="end"/> (none: open-ended), under an id no other test uses.</summary>
    public static CreatePhaseRequest Phase(Google.Type.Date start, Google.Type.Date? end) => new()
    {
        PhaseId = CityRequests.NewId("phase"),
        Phase = new Phase
        {
            DisplayName = new LocalizedText { En = "Phase test", Fr = "Phase d'essai", Ar = "مرحلة تجريبية" },
            StartDate = start,
            EndDate = end,
        },
    };

    public static CreatePartnerRequest Partner() => new()
    {
        PartnerId = CityRequests.NewId("partner"),
        Partner = new Partner
        {
            Acronym = "MedCities",
            DisplayName = new LocalizedText { En = "MedCities network", Fr = "Réseau MedCities", Ar = "شبكة مدن المتوسط" },
            Role = PartnerRole.Partner,
            Contribution = "Brings its Mediterranean city network.",
        },
    };
}
