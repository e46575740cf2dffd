using Grpc.Core;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;

namespace Mc2cm.Dialogue;

/// <summary>Reads the resources a request names.</summary>
internal static class References
{
    /// <summary>A Get request's "{collection}/{id}" and the reader's language, both checked.</summary>
    public static (string Id, string? Language) ReadGet(string name, string collection, string language, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var id = violations.ReadId("name", name, collection);
        var reader = ReaderLanguage.Read(violations, "language", language, context);
        violations.ThrowIfAny();
        return (id!, reader);
    }

    /// <summary>A filter: "{collection}/{id}", or the bare id, which a hand-typed URL is likelier to hold.</summary>
    /// <returns>The id, or null when <paramref name="value"/> is empty; a violation when it is neither form.</returns>
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

        violations.Check(ResourceNames.IsSlug(value), field, $"must be \"{collection}/{{id}}\" or the id alone.", FieldReasons.InvalidFormat);
        return ResourceNames.IsSlug(value) ? value : null;
    }
}
