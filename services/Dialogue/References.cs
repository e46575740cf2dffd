using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Validation;

namespace Mc2cm.Dialogue;

/// <summary>Reads the resources a list is filtered by: "{collection}/{id}", or the bare id, which a hand-typed URL is likelier to hold.</summary>
internal static class References
{
    /// <summary>The id, or null when <paramref name="value"/> is empty; a violation when it is neither form.</summary>
    public static string? ReadFilter(this FieldViolations violations, string field, string value, string collection)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (value.Contains('/', StringComparison.Ordinal))
        {
            return violations.ReadId(field, value, collection);
        }

        violations.Check(ResourceNames.IsSlug(value), field, $"must be \"{collection}/{{id}}\" or the id alone.");
        return ResourceNames.IsSlug(value) ? value : null;
    }
}
