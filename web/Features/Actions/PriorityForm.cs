using Google.Protobuf.WellKnownTypes;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Components.Shared;

namespace Mc2cm.Web.Features.Actions;

/// <summary>A priority as its city's people write it: from a candidate or in their own words, with the evidence they tick.</summary>
public sealed class PriorityForm : FormModel
{
    /// <summary>A candidate of the published profile, "profiles/{city}/revisions/{n}/priorities/{id}"; empty for none.</summary>
    public string? Candidate { get; set; }

    public LocalizedTextInput Text { get; set => field = value ?? new(); } = new();

    public string? Theme { get; set; }

    public List<EvidenceChoice> Evidence { get; set => field = value ?? []; } = [];

    public static PriorityForm From(Priority priority, List<EvidenceChoice> evidence) => new()
    {
        Etag = priority.Etag, Text = LocalizedTextInput.From(priority.Text), Theme = priority.Theme, Evidence = evidence,
    };

    public CreatePriorityRequest CreateRequest(string cityId)
    {
        var priority = new Priority { City = $"cities/{cityId}", Text = Text.ToProto(), Theme = Theme?.Trim() ?? string.Empty };
        priority.Evidence.AddRange(EvidenceChoice.Picks(Evidence));
        return new CreatePriorityRequest { Priority = priority, Candidate = Candidate?.Trim() ?? string.Empty };
    }

    /// <summary>Every field the form shows is sent, so clearing the theme or every piece of evidence is a change too.</summary>
    public UpdatePriorityRequest UpdateRequest(string name)
    {
        var priority = new Priority { Name = name, Etag = Etag ?? string.Empty, Text = Text.ToProto(), Theme = Theme?.Trim() ?? string.Empty };
        priority.Evidence.AddRange(EvidenceChoice.Picks(Evidence));
        return new UpdatePriorityRequest { Priority = priority, UpdateMask = new FieldMask { Paths = { "text", "theme", "evidence" } } };
    }
}

/// <summary>Adopting a proposed priority: when and by whom.</summary>
public sealed class AdoptPriorityForm : FormModel
{
    public DateOnly? AdoptedOn { get; set; }

    public string? AdoptedBy { get; set; }

    public AdoptPriorityRequest Request(string name) => new()
    {
        Name = name, AdoptedOn = AdoptedOn.ToProto(), AdoptedBy = AdoptedBy?.Trim() ?? string.Empty, Etag = Etag ?? string.Empty,
    };
}

/// <summary>Retiring an adopted priority, with the reason.</summary>
public sealed class RetirePriorityForm : FormModel
{
    public string? Reason { get; set; }

    public RetirePriorityRequest Request(string name) => new() { Name = name, Reason = Reason?.Trim() ?? string.Empty, Etag = Etag ?? string.Empty };
}
