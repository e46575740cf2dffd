namespace Mc2cm.CityDirectory;

/// <summary>
/// Refuses a city event that names no city. Such a message is parked in the error queue, and its
/// reason there must say what is wrong with it rather than surface as a database key error.
/// </summary>
public static class CityIdGuard
{
    public static string Require(string? cityId, string eventName) =>
        string.IsNullOrWhiteSpace(cityId)
            ? throw new InvalidOperationException($"{eventName} names no city: its CityId is empty.")
            : cityId;
}
