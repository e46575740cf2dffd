using Google.Protobuf.WellKnownTypes;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Components.Shared;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Programme;

/// <summary>A phase as the coordinators type it: a new one (with its id) or an edit (with its etag).</summary>
public sealed class PhaseForm : FormModel
{
    public string? Id { get; set; }

    public LocalizedTextInput DisplayName { get; set => field = value ?? new(); } = new();

    public DateOnly? StartDate { get; set; }

    /// <summary>Empty while no source gives the end: the phase is open.</summary>
    public DateOnly? EndDate { get; set; }

    public static PhaseForm From(Phase phase) => new()
    {
        Etag = phase.Etag,
        DisplayName = LocalizedTextInput.From(phase.DisplayName),
        StartDate = phase.StartDate.ToDateOnly(),
        EndDate = phase.EndDate.ToDateOnly(),
    };

    public CreatePhaseRequest Create() => new() { PhaseId = Id?.Trim() ?? string.Empty, Phase = Fields(string.Empty) };

    /// <summary>Every field as typed, an empty end included (it opens the phase).</summary>
    public UpdatePhaseRequest Update(string name) => new()
    {
        Phase = Fields(name),
        UpdateMask = new FieldMask { Paths = { "display_name", "start_date", "end_date" } },
    };

    private Phase Fields(string name) => new()
    {
        Name = name,
        Etag = name.Length > 0 ? Etag ?? string.Empty : string.Empty,
        DisplayName = DisplayName.ToProto(),
        StartDate = StartDate.ToProto(),
        EndDate = EndDate.ToProto(),
    };
}

/// <summary>A partner as the coordinators type it: a new one (with its id) or an edit (with its etag).</summary>
public sealed class PartnerForm : FormModel
{
    public string? Id { get; set; }

    public string? Acronym { get; set; }

    public LocalizedTextInput DisplayName { get; set => field = value ?? new(); } = new();

    public PartnerRole Role { get; set; }

    public string? Contribution { get; set; }

    public static PartnerForm From(Partner partner) => new()
    {
        Etag = partner.Etag,
        Acronym = partner.Acronym,
        DisplayName = LocalizedTextInput.From(partner.DisplayName),
        Role = partner.Role,
        Contribution = partner.Contribution,
    };

    public CreatePartnerRequest Create() => new() { PartnerId = Id?.Trim() ?? string.Empty, Partner = Fields(string.Empty) };

    public UpdatePartnerRequest Update(string name) => new()
    {
        Partner = Fields(name),
        UpdateMask = new FieldMask { Paths = { "acronym", "display_name", "role", "contribution" } },
    };

    private Partner Fields(string name) => new()
    {
        Name = name,
        Etag = name.Length > 0 ? Etag ?? string.Empty : string.Empty,
        Acronym = Acronym?.Trim() ?? string.Empty,
        DisplayName = DisplayName.ToProto(),
        Role = Role,
        Contribution = Contribution?.Trim() ?? string.Empty,
    };
}

/// <summary>How the programme's pages say a phase's dates and a partner's role.</summary>
public static class ProgrammeWords
{
    public static readonly PartnerRole[] Roles = [PartnerRole.Lead, PartnerRole.Partner, PartnerRole.Funder];

    public static string Period(Phase phase, CurrentLanguage language) => phase.EndDate.ToDateOnly() is null
        ? language.Format(ProgrammeTexts.Open, phase.StartDate.Long(language))
        : Dates.Range(phase.StartDate, phase.EndDate, language);

    public static Text Role(PartnerRole role) => role switch
    {
        PartnerRole.Lead => ProgrammeTexts.Lead,
        PartnerRole.Funder => ProgrammeTexts.Funder,
        _ => ProgrammeTexts.Implementer,
    };

    /// <summary>The labels of the phase form's fields, by the service's field names.</summary>
    public static Dictionary<string, string> PhaseLabels(CurrentLanguage language) => new Dictionary<string, string>
    {
        ["phase_id"] = language[ProgrammeTexts.Identifier],
        ["phase.start_date"] = language[ProgrammeTexts.StartDate],
        ["phase.end_date"] = language[ProgrammeTexts.EndDate],
    }.AddText("phase.display_name", language[ProgrammeTexts.Name]);

    /// <summary>The labels of the partner form's fields, by the service's field names.</summary>
    public static Dictionary<string, string> PartnerLabels(CurrentLanguage language) => new Dictionary<string, string>
    {
        ["partner_id"] = language[ProgrammeTexts.Identifier],
        ["partner.acronym"] = language[ProgrammeTexts.Acronym],
        ["partner.role"] = language[Texts.Role],
        ["partner.contribution"] = language[ProgrammeTexts.Contribution],
    }.AddText("partner.display_name", language[ProgrammeTexts.Name]);
}
