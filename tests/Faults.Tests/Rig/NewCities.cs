using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Common.V1;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>New cities for the tests to register: ids under a prefix of the test's own.</summary>
public static class NewCities
{
    /// <summary>A prefix no other test uses; a city id must start with a letter.</summary>
    public static string Prefix(string tag) => $"{tag}{Guid.NewGuid():N}"[..(tag.Length + 6)];

    public static string Id(string prefix, int number) => $"{prefix}-{number:D4}";

    /// <summary>CityRegistered events of <paramref name="count"/> new cities, each with a message id of its own, for the test to publish itself.</summary>
    public static List<CityEvent> Events(string prefix, int count) =>
        [.. Enumerable.Range(1, count).Select(number => new CityEvent(Id(prefix, number), Guid.NewGuid(), Sent: true))];

    public static CreateCityRequest Request(string id) => new()
    {
        CityId = id,
        City = new City
        {
            DisplayName = new LocalizedText { En = "Sousse", Fr = "Sousse", Ar = "سوسة" },
            CountryCode = "TN",
            Region = Region.NorthAfrica,
            Population = new Population { Value = 271_428, ReferenceYear = 2014, Source = "Sousse City Migration Profile" },
        },
    };
}
