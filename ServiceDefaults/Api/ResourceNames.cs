using System.Text.RegularExpressions;
using Mc2cm.Domain.Validation;

namespace Mc2cm.ServiceDefaults.Api;

/// <summary>
/// Resource names of the form "{collection}/{id}" (AIP-122) where the id is a lower-case slug:
/// letters, digits and single hyphens, 2–63 characters, starting with a letter.
/// </summary>
public static partial class ResourceNames
{
    private const string SlugShape = "2–63 lower-case letters, digits or single hyphens, starting with a letter";

    public static bool IsSlug(string? id) => id is not null && SlugPattern().IsMatch(id);

    public static string Format(string collection, string id) => $"{collection}/{id}";

    /// <summary>A new server-assigned id that is also a slug: a readable prefix and 16 random hex digits ("app-9f2c41d07ab3e815").</summary>
    public static string NewId(string prefix)
    {
        var start = prefix.Length > 46 ? prefix[..46].TrimEnd('-') : prefix;
        return $"{start}-{Guid.NewGuid():N}"[..(start.Length + 17)];
    }

    /// <summary>Reads the id out of a request's "{collection}/{id}"; InvalidArgument naming <paramref name="field"/> when it is not one.</summary>
    public static string ReadId(string field, string? name, string collection)
    {
        var violations = new FieldViolations();
        var id = violations.ReadId(field, name, collection);
        violations.ThrowIfAny();
        return id!;
    }

    /// <summary>Reads the id out of "{collection}/{id}"; adds a violation and returns null when it is not one.</summary>
    public static string? ReadId(this FieldViolations violations, string field, string? name, string collection)
    {
        if (string.IsNullOrEmpty(name))
        {
            violations.Required(field);
            return null;
        }

        var prefix = collection + "/";
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || !IsSlug(name[prefix.Length..]))
        {
            violations.Add(field, $"must be \"{collection}/{{id}}\" where the id is {SlugShape}.", FieldReasons.InvalidFormat);
            return null;
        }

        return name[prefix.Length..];
    }

    /// <summary>Checks a new resource id.</summary>
    public static FieldViolations Slug(this FieldViolations violations, string field, string? id) =>
        string.IsNullOrEmpty(id) ? violations.Required(field) : violations.Check(IsSlug(id), field, $"must be {SlugShape} (e.g. \"lisbon\").", FieldReason.InvalidFormat("lisbon"));

    [GeneratedRegex("^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
