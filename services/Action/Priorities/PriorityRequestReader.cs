using System.Text.RegularExpressions;
using Google.Protobuf.Collections;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Priorities;

/// <summary>Reads priority requests, checking the form of every field (the evidence's existence is checked with its owners).</summary>
public static partial class PriorityRequestReader
{
    public const string Collection = "priorities";

    /// <summary>The profile sections evidence may point to (Knowledge's ProfileContent fields).</summary>
    public static IReadOnlyList<string> Sections => Contracts.Knowledge.V1.ProfileContent.SectionNames;

    public static IReadOnlyList<PriorityEvidence> ReadEvidence(FieldViolations violations, string field, RepeatedField<Proto.Evidence> evidence)
    {
        violations.Check(evidence.Count <= 50, field, "must list at most 50 pieces of evidence.", FieldReason.TooMany(50));
        var read = new List<PriorityEvidence>();
        for (var i = 0; i < evidence.Count; i++)
        {
            var item = evidence[i];
            switch (item.SourceCase)
            {
                case Proto.Evidence.SourceOneofCase.Profile:
                    violations.Check(RevisionPattern().IsMatch(item.Profile.Revision), $"{field}[{i}].profile.revision", "must be \"profiles/{city}/revisions/{n}\".", FieldReasons.InvalidFormat);
                    violations.Check(Sections.Contains(item.Profile.Section), $"{field}[{i}].profile.section", $"must be a profile section: {string.Join(", ", Sections)}.", FieldReasons.NotAllowed);
                    if (item.Profile.PriorityId.Length > 0)
                    {
                        violations.Slug($"{field}[{i}].profile.priority_id", item.Profile.PriorityId);
                    }

                    read.Add(PriorityEvidence.Finding(item.Profile.Revision, item.Profile.Section, NullIfEmpty(item.Profile.PriorityId)));
                    break;
                case Proto.Evidence.SourceOneofCase.Recommendation:
                    var id = violations.ReadId($"{field}[{i}].recommendation", item.Recommendation, "recommendations");
                    read.Add(PriorityEvidence.Recommendation(id ?? string.Empty));
                    break;
                default:
                    violations.Add($"{field}[{i}]", "must be a profile finding or a recommendation.", FieldReasons.Required);
                    break;
            }
        }

        return read;
    }

    public static (LocalizedText Text, string Theme) ReadTextAndTheme(FieldViolations violations, Proto.Priority priority, bool textRequired)
    {
        var text = violations.ReadLocalizedText("priority.text", priority.Text, 2_000, required: textRequired, multiline: true);
        if (priority.Theme.Length > 0)
        {
            violations.Slug("priority.theme", priority.Theme);
        }

        return (text, priority.Theme);
    }

    /// <summary>"profiles/tunis/revisions/2" → ("tunis", 2).</summary>
    public static (string CityId, int Revision) ParseRevision(string revision)
    {
        var match = RevisionPattern().Match(revision);
        return (match.Groups["city"].Value, int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex("^profiles/(?<city>[a-z][a-z0-9-]{1,62})/revisions/(?<n>[1-9][0-9]{0,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex RevisionPattern();
}
