namespace Mc2cm.Faults.Tests.Rig;

/// <summary>CityRegistered bodies as MassTransit carries them (camelCase JSON), for events the test publishes itself.</summary>
public static class CityRegisteredBody
{
    public static object For(string cityId) => new
    {
        cityId,
        names = new { en = cityId, fr = cityId, ar = string.Empty },
        countryCode = "TN",
        region = "north-africa",
        occurredAt = DateTimeOffset.UtcNow,
    };

    /// <summary>A registration that names no city: no handler can apply it.</summary>
    public static object WithoutCity() => new
    {
        names = new { en = "Nowhere", fr = "Nulle part", ar = string.Empty },
        countryCode = "TN",
        region = "north-africa",
        occurredAt = DateTimeOffset.UtcNow,
    };
}
