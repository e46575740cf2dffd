using Google.Protobuf.WellKnownTypes;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Profiles.Editing;

/// <summary>
/// The form of one section of a profile draft (<see cref="DraftSections"/>): every text in up to
/// three languages, for the data reflections the sources used and the data gaps, one a line, and
/// the rows of the access table, the stakeholders and the priorities. It posts only its own
/// section (the update mask), with the etag of the profile as read.
/// </summary>
public sealed class ProfileSectionForm : FormModel
{
    public LocalizedTextInput Synopsis { get; set => field = value ?? new(); } = new();

    public LocalizedTextInput DataNarrative { get; set => field = value ?? new(); } = new();

    /// <summary>The data sources used, one a line.</summary>
    public string? Sources { get; set; }

    /// <summary>The data that is missing (the profile's declared gaps), one a line.</summary>
    public string? Gaps { get; set; }

    public LocalizedTextInput MigrationPatterns { get; set => field = value ?? new(); } = new();

    public LocalizedTextInput NationalPolicy { get; set => field = value ?? new(); } = new();

    public LocalizedTextInput InstitutionalFramework { get; set => field = value ?? new(); } = new();

    public LocalizedTextInput InternationalCooperation { get; set => field = value ?? new(); } = new();

    public LocalizedTextInput ImmigrationSituation { get; set => field = value ?? new(); } = new();

    public LocalizedTextInput InternalMigration { get; set => field = value ?? new(); } = new();

    public LocalizedTextInput ReturningNationals { get; set => field = value ?? new(); } = new();

    public LocalizedTextInput SocialInclusion { get; set => field = value ?? new(); } = new();

    /// <summary>The access table: one row per service area (<see cref="ProfileWords.Areas"/>), said or not.</summary>
    public List<ServiceAccessRow> Services { get; set => field = value ?? []; } = [];

    /// <summary>The stakeholders: the profile's own, then <see cref="NewStakeholderRows"/> blank rows to add more.</summary>
    public List<StakeholderRow> Stakeholders { get; set => field = value ?? []; } = [];

    public const int NewStakeholderRows = 2;

    /// <summary>The identified priorities: the profile's own, then <see cref="NewPriorityRows"/> blank rows to add more.</summary>
    public List<PriorityRow> Priorities { get; set => field = value ?? []; } = [];

    public const int NewPriorityRows = 2;

    /// <summary>The form filled with the profile's revision as read (all three languages), carrying its etag.</summary>
    public static ProfileSectionForm From(Profile profile)
    {
        var content = profile.Revision?.Content ?? new ProfileContent();
        return new ProfileSectionForm
        {
            Etag = profile.Etag,
            Synopsis = LocalizedTextInput.From(content.Synopsis),
            DataNarrative = LocalizedTextInput.From(content.DataReflections?.Narrative),
            Sources = string.Join('\n', content.DataReflections?.Sources ?? []),
            Gaps = string.Join('\n', content.DataReflections?.Gaps ?? []),
            MigrationPatterns = LocalizedTextInput.From(content.NationalContext?.MigrationPatterns),
            NationalPolicy = LocalizedTextInput.From(content.NationalContext?.NationalPolicy),
            InstitutionalFramework = LocalizedTextInput.From(content.NationalContext?.InstitutionalFramework),
            InternationalCooperation = LocalizedTextInput.From(content.NationalContext?.InternationalCooperation),
            ImmigrationSituation = LocalizedTextInput.From(content.LocalContext?.ImmigrationSituation),
            InternalMigration = LocalizedTextInput.From(content.LocalContext?.InternalMigration),
            ReturningNationals = LocalizedTextInput.From(content.LocalContext?.ReturningNationals),
            SocialInclusion = LocalizedTextInput.From(content.SocialInclusion),
            Services = [.. ProfileWords.Areas.Select(area => ServiceAccessRow.From(area, content.AccessToServices.FirstOrDefault(s => s.Area == area)))],
            Stakeholders =
            [
                .. content.Stakeholders.Select(StakeholderRow.From),
                .. Enumerable.Range(0, NewStakeholderRows).Select(_ => new StakeholderRow()),
            ],
            Priorities =
            [
                .. content.Priorities.Select(p => new PriorityRow { Id = p.Id, Text = LocalizedTextInput.From(p.Text), Theme = p.Theme }),
                .. Enumerable.Range(0, NewPriorityRows).Select(_ => new PriorityRow()),
            ],
        };
    }

    /// <summary>The edit of <paramref name="section"/> alone: its content and a mask naming only it, so the other sections stay as they are.</summary>
    public UpdateProfileRequest Request(string cityId, string section) => new()
    {
        Name = $"profiles/{cityId}",
        Content = Content(section),
        UpdateMask = new FieldMask { Paths = { section } },
        Etag = Etag ?? string.Empty,
    };

    public ProfileContent Content(string section) => section switch
    {
        "synopsis" => new ProfileContent { Synopsis = Synopsis.ToProto() },
        DraftSections.DataReflections => new ProfileContent
        {
            DataReflections = new DataReflections { Narrative = DataNarrative.ToProto(), Sources = { Lines(Sources) }, Gaps = { Lines(Gaps) } },
        },
        "national_context" => new ProfileContent
        {
            NationalContext = new NationalContext
            {
                MigrationPatterns = MigrationPatterns.ToProto(),
                NationalPolicy = NationalPolicy.ToProto(),
                InstitutionalFramework = InstitutionalFramework.ToProto(),
                InternationalCooperation = InternationalCooperation.ToProto(),
            },
        },
        "local_context" => new ProfileContent
        {
            LocalContext = new LocalContext
            {
                ImmigrationSituation = ImmigrationSituation.ToProto(),
                InternalMigration = InternalMigration.ToProto(),
                ReturningNationals = ReturningNationals.ToProto(),
            },
        },
        "social_inclusion" => new ProfileContent { SocialInclusion = SocialInclusion.ToProto() },
        DraftSections.AccessToServices => new ProfileContent { AccessToServices = { SentRows(section).Select(i => Services[i].ToProto()) } },
        DraftSections.Stakeholders => new ProfileContent { Stakeholders = { SentRows(section).Select(i => Stakeholders[i].ToProto()) } },
        // The rows sent keep their order (and the priorities their ids, which Action's candidates follow).
        DraftSections.Priorities => new ProfileContent
        {
            Priorities =
            {
                SentRows(section).Select(i => Priorities[i]).Select(p => new IdentifiedPriority { Id = p.Id?.Trim() ?? string.Empty, Text = p.Text.ToProto(), Theme = p.Theme?.Trim() ?? string.Empty }),
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Not a section the editor edits."),
    };

    /// <summary>
    /// The rows of a section's list that a save sends, by their place in the form: blank rows (the
    /// spare ones, an area said nothing of) and removed ones are left out, so the service's
    /// "stakeholders[1]" is the form's row <c>SentRows(section)[1]</c>.
    /// </summary>
    public IReadOnlyList<int> SentRows(string section) => section switch
    {
        DraftSections.AccessToServices => Rows(Services, r => !r.IsBlank),
        DraftSections.Stakeholders => Rows(Stakeholders, r => r.IsSent),
        DraftSections.Priorities => Rows(Priorities, r => !r.IsBlank),
        _ => [],
    };

    /// <summary>
    /// The section's lists as the service numbers them (its field, and the form's row of each item
    /// sent), outer lists first: what <see cref="DraftErrors.ByRow"/> needs to put a message on its row.
    /// </summary>
    public IEnumerable<(string List, IReadOnlyList<int> Rows)> SentLists(string section)
    {
        var rows = SentRows(section);
        if (section is DraftSections.AccessToServices or DraftSections.Stakeholders or DraftSections.Priorities)
        {
            yield return ($"content.{section}", rows);
        }

        if (section == DraftSections.AccessToServices)
        {
            foreach (var row in rows)
            {
                yield return ($"content.access_to_services[{row}].access", Services[row].SaidStatuses);
            }
        }
    }

    /// <summary>The section's lists typed one item a line, by the service's field (their items' messages go under them).</summary>
    public IEnumerable<string> LineLists(string section) => section switch
    {
        DraftSections.DataReflections => ["content.data_reflections.sources", "content.data_reflections.gaps"],
        DraftSections.Stakeholders => Enumerable.Range(0, Stakeholders.Count).Select(i => $"content.stakeholders[{i}].programmes"),
        _ => [],
    };

    /// <summary>The texts in the section's rows (areas' narratives, stakeholders' roles, priorities), for the languages it is written in.</summary>
    public IEnumerable<LocalizedTextInput> RowTexts(string section) => section switch
    {
        DraftSections.AccessToServices => Services.Select(r => r.Narrative),
        DraftSections.Stakeholders => Stakeholders.Select(r => r.Role),
        DraftSections.Priorities => Priorities.Select(r => r.Text),
        _ => [],
    };

    private static List<int> Rows<TRow>(List<TRow> rows, Func<TRow, bool> sent) => [.. Enumerable.Range(0, rows.Count).Where(i => sent(rows[i]))];

    /// <summary>A list typed one item a line: blank lines dropped, each line trimmed (the service refuses padded items).</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}

/// <summary>One identified priority of the draft: its id (kept, set by the service for a new one), its text, its theme.</summary>
public sealed class PriorityRow
{
    public string? Id { get; set; }

    public LocalizedTextInput Text { get; set => field = value ?? new(); } = new();

    public string? Theme { get; set; }

    public bool IsBlank => Text.IsBlank && string.IsNullOrWhiteSpace(Theme);
}
