using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Profiles.Editing;

/// <summary>One text of a section as the editor asks for it: the form's property, the services' field, its label.</summary>
public sealed record DraftText(string Property, string Field, Text Label, Func<ProfileSectionForm, LocalizedTextInput> Value);

/// <summary>A section the editor offers, by its field name ("local_context"), with its texts; some have lists or rows besides.</summary>
public sealed record DraftSection(string Name, IReadOnlyList<DraftText> Texts)
{
    public Text Title => Actions.ProfileSections.Name(Name);

    public bool HasDataLists => Name == DraftSections.DataReflections;

    /// <summary>The identified priorities: rows of a text and a theme, which Action offers as candidates once published.</summary>
    public bool HasPriorities => Name == DraftSections.Priorities;

    /// <summary>Access to services: a table of each area's access level per legal status, and each area's narrative.</summary>
    public bool HasAccessTable => Name == DraftSections.AccessToServices;

    /// <summary>The stakeholders: rows of a name, a kind, a role and programmes.</summary>
    public bool HasStakeholders => Name == DraftSections.Stakeholders;
}

/// <summary>The sections the draft editor edits: all of a profile's, in the order of the published profiles.</summary>
public static class DraftSections
{
    public const string DataReflections = "data_reflections";
    public const string Priorities = "priorities";
    public const string AccessToServices = "access_to_services";
    public const string Stakeholders = "stakeholders";

    public static readonly IReadOnlyList<DraftSection> All =
    [
        new("synopsis", [new(nameof(ProfileSectionForm.Synopsis), "content.synopsis", Localization.Texts.Synopsis, f => f.Synopsis)]),
        new(DataReflections, [new(nameof(ProfileSectionForm.DataNarrative), "content.data_reflections.narrative", DraftTexts.Narrative, f => f.DataNarrative)]),
        new("national_context",
        [
            new(nameof(ProfileSectionForm.MigrationPatterns), "content.national_context.migration_patterns", Localization.Texts.MigrationPatterns, f => f.MigrationPatterns),
            new(nameof(ProfileSectionForm.NationalPolicy), "content.national_context.national_policy", Localization.Texts.NationalPolicy, f => f.NationalPolicy),
            new(nameof(ProfileSectionForm.InstitutionalFramework), "content.national_context.institutional_framework", Localization.Texts.InstitutionalFramework, f => f.InstitutionalFramework),
            new(nameof(ProfileSectionForm.InternationalCooperation), "content.national_context.international_cooperation", Localization.Texts.InternationalCooperation, f => f.InternationalCooperation),
        ]),
        new("local_context",
        [
            new(nameof(ProfileSectionForm.ImmigrationSituation), "content.local_context.immigration_situation", Localization.Texts.ImmigrationSituation, f => f.ImmigrationSituation),
            new(nameof(ProfileSectionForm.InternalMigration), "content.local_context.internal_migration", Localization.Texts.InternalMigration, f => f.InternalMigration),
            new(nameof(ProfileSectionForm.ReturningNationals), "content.local_context.returning_nationals", Localization.Texts.ReturningNationals, f => f.ReturningNationals),
        ]),
        new(AccessToServices, []),
        new("social_inclusion", [new(nameof(ProfileSectionForm.SocialInclusion), "content.social_inclusion", Localization.Texts.SocialInclusion, f => f.SocialInclusion)]),
        new(Stakeholders, []),
        new(Priorities, []),
    ];

    public static DraftSection? Find(string? name) => All.FirstOrDefault(s => s.Name == name);
}
