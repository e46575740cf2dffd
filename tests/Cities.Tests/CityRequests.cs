using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Common.V1;

namespace Mc2cm.Cities.Tests;

/// <summary>Valid requests to start from; each test changes what it tests.</summary>
public static class CityRequests
{
    /// <summary>A city id no other test uses.</summary>
    public static string NewId(string prefix = "city") => $"{prefix}-{Guid.NewGuid():N}"[..30];

    public static CreateCityRequest Create(string? id = null) => new()
    {
        CityId = id ?? NewId(),
        City = new City
        {
            DisplayName = new LocalizedText { En = "Sousse", Fr = "Sousse", Ar = "سوسة" },
            CountryCode = "TN",
            Region = Region.NorthAfrica,
            Population = new Population { Value = 271_428, ReferenceYear = 2014, Source = "Sousse City Migration Profile" },
            FocalPoints = { new FocalPoint { DisplayName = "Amal Ben Salah", Role = "Social affairs", Email = "amal@example.org" } },
        },
    };
}
