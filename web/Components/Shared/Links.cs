namespace Mc2cm.Web.Components.Shared;

/// <summary>
/// The portal's addresses follow the services' resource names: "cities/tunis" is /cities/tunis,
/// "meetings/lisbon-2016" is /meetings/lisbon-2016, "actions/acmals" is /actions/acmals.
/// </summary>
public static class Links
{
    public static string To(string resourceName) => "/" + resourceName;

    /// <summary>The last segment of a resource name: "cities/tunis" → "tunis".</summary>
    public static string Id(string resourceName) => resourceName[(resourceName.LastIndexOf('/') + 1)..];
}
