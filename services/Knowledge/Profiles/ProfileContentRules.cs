using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Common.V1;

namespace Mc2cm.Knowledge.Profiles;

/// <summary>Checks the sections of a profile, naming each bad field by its path (e.g. "content.stakeholders[2].type").</summary>
internal static class ProfileContentRules
{
    public static void Check(FieldViolations violations, string field, ProfileContent content, IReadOnlySet<string> sections)
    {
        if (sections.Contains("synopsis")) Narrative(violations, $"{field}.synopsis", content.Synopsis);
        if (sections.Contains("data_reflections") && content.DataReflections is { } data)
        {
            Narrative(violations, $"{field}.data_reflections.narrative", data.Narrative);
            Lines(violations, $"{field}.data_reflections.sources", data.Sources);
            Lines(violations, $"{field}.data_reflections.gaps", data.Gaps);
        }

        if (sections.Contains("national_context") && content.NationalContext is { } national)
        {
            Narrative(violations, $"{field}.national_context.migration_patterns", national.MigrationPatterns);
            Narrative(violations, $"{field}.national_context.national_policy", national.NationalPolicy);
            Narrative(violations, $"{field}.national_context.institutional_framework", national.InstitutionalFramework);
            Narrative(violations, $"{field}.national_context.international_cooperation", national.InternationalCooperation);
        }

        if (sections.Contains("local_context") && content.LocalContext is { } local)
        {
            Narrative(violations, $"{field}.local_context.immigration_situation", local.ImmigrationSituation);
            Narrative(violations, $"{field}.local_context.internal_migration", local.InternalMigration);
            Narrative(violations, $"{field}.local_context.returning_nationals", local.ReturningNationals);
        }

        if (sections.Contains("access_to_services")) AccessToServices(violations, $"{field}.access_to_services", content.AccessToServices);
        if (sections.Contains("social_inclusion")) Narrative(violations, $"{field}.social_inclusion", content.SocialInclusion);
        if (sections.Contains("stakeholders")) Stakeholders(violations, $"{field}.stakeholders", content.Stakeholders);
        if (sections.Contains("priorities")) Priorities(violations, $"{field}.priorities", content.Priorities);
    }

    private static void Narrative(FieldViolations violations, string field, Proto.LocalizedText? text) =>
        violations.ReadLocalizedText(field, text, ProfileLimits.Narrative, required: false, multiline: true);

    private static void Lines(FieldViolations violations, string field, IReadOnlyList<string> lines)
    {
        violations.Check(lines.Count <= ProfileLimits.ListItems, field, $"must list at most {ProfileLimits.ListItems} items.", FieldReason.TooMany(ProfileLimits.ListItems));
        for (var i = 0; i < lines.Count; i++)
        {
            violations.RequiredText($"{field}[{i}]", lines[i], ProfileLimits.ShortText);
        }
    }

    private static void AccessToServices(FieldViolations violations, string field, IReadOnlyList<ServiceAccess> areas)
    {
        var seen = new HashSet<ServiceArea>();
        for (var i = 0; i < areas.Count; i++)
        {
            var area = areas[i];
            Once(violations, $"{field}[{i}].area", area.Area, seen, "must be a service area (SERVICE_AREA_HEALTH...), each listed once.");
            var statuses = new HashSet<LegalStatus>();
            for (var j = 0; j < area.Access.Count; j++)
            {
                Once(violations, $"{field}[{i}].access[{j}].legal_status", area.Access[j].LegalStatus, statuses,
                    "must be a legal status (LEGAL_STATUS_REGULAR...), each listed once.");
                violations.Enum($"{field}[{i}].access[{j}].level", area.Access[j].Level, "must be an access level (ACCESS_LEVEL_FULL...).");
            }

            Narrative(violations, $"{field}[{i}].narrative", area.Narrative);
        }
    }

    private static void Stakeholders(FieldViolations violations, string field, IReadOnlyList<Stakeholder> stakeholders)
    {
        violations.Check(stakeholders.Count <= ProfileLimits.ListItems * 2, field, $"must list at most {ProfileLimits.ListItems * 2} stakeholders.",
            FieldReason.TooMany(ProfileLimits.ListItems * 2));
        for (var i = 0; i < stakeholders.Count; i++)
        {
            violations.RequiredText($"{field}[{i}].name", stakeholders[i].Name, ProfileLimits.Name);
            violations.Enum($"{field}[{i}].type", stakeholders[i].Type, "must be a stakeholder type (STAKEHOLDER_TYPE_CIVIL_SOCIETY...).");
            violations.ReadLocalizedText($"{field}[{i}].role", stakeholders[i].Role, ProfileLimits.Comment, required: false, multiline: true);
            Lines(violations, $"{field}[{i}].programmes", stakeholders[i].Programmes);
        }
    }

    private static void Priorities(FieldViolations violations, string field, IReadOnlyList<IdentifiedPriority> priorities)
    {
        violations.Check(priorities.Count <= ProfileLimits.ListItems, field, $"must list at most {ProfileLimits.ListItems} priorities.", FieldReason.TooMany(ProfileLimits.ListItems));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < priorities.Count; i++)
        {
            var id = priorities[i].Id;
            if (id.Length > 0)
            {
                violations.Slug($"{field}[{i}].id", id).Check(ids.Add(id), $"{field}[{i}].id", "must be unique within the profile.", FieldReasons.Duplicate);
            }

            violations.ReadLocalizedText($"{field}[{i}].text", priorities[i].Text, ProfileLimits.Comment, required: true, multiline: true);
            if (priorities[i].Theme.Length > 0)
            {
                violations.Slug($"{field}[{i}].theme", priorities[i].Theme);
            }
        }
    }

    /// <summary>An enum value of a list that names each value once: set, known, and not seen before.</summary>
    private static void Once<TEnum>(FieldViolations violations, string field, TEnum value, HashSet<TEnum> seen, string description)
        where TEnum : struct, Enum
    {
        if (!violations.Enum(field, value, description).HasViolationFor(field))
        {
            violations.Check(seen.Add(value), field, description, FieldReasons.Duplicate);
        }
    }
}
