using System.Text.RegularExpressions;

namespace Mc2cm.Web.Components.Shared;

/// <summary>The services' ids are lower-case slugs: an address with anything else names nothing (404), without asking.</summary>
public static partial class ResourceIds
{
    public static bool IsValid(string? id) => id is not null && Slug().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex Slug();
}
