using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Calls;

/// <summary>The new-call form: a call's terms, its eligibility rules and the criteria its evaluators score.</summary>
public sealed class CallForm : FormModel
{
    /// <summary>How many criterion rows the form offers; empty rows are left out.</summary>
    public const int CriterionRows = 5;

    public string? Id { get; set; }

    public string? Number { get; set; }

    public LocalizedTextInput Title { get; set => field = value ?? new(); } = new();

    public string? Theme { get; set; }

    /// <summary>"2031-05-12", as a date input sends it.</summary>
    public string? OpensOn { get; set; }

    public string? ClosesOn { get; set; }

    public AmountInput MaxGrant { get; set => field = value ?? new(); } = new();

    public AmountInput Budget { get; set => field = value ?? new(); } = new();

    public List<string> Countries { get; set => field = value ?? []; } = [];

    public List<string> Objectives { get; set => field = value ?? []; } = [];

    public List<string> ApplicantTypes { get; set => field = value ?? []; } = [];

    public List<string> SupportLetterFor { get; set => field = value ?? []; } = [];

    public List<CriterionInput> Criteria { get; set => field = value ?? []; } = [.. Enumerable.Range(0, CriterionRows).Select(_ => new CriterionInput())];

    /// <summary>The request; the filled criterion rows are moved first, so the service's "call.criteria[1]" is the form's second row.</summary>
    public CreateCallRequest Request()
    {
        Criteria = [.. Criteria.Where(c => !c.IsEmpty), .. Criteria.Where(c => c.IsEmpty)];
        var call = new Call
        {
            Number = int.TryParse(Number, out var number) ? number : 0,
            Title = Title.ToProto(),
            Theme = Theme?.Trim() ?? string.Empty,
            OpensOn = FormDates.Parse(OpensOn),
            ClosesOn = FormDates.Parse(ClosesOn),
            MaxGrant = MaxGrant.ToProto(),
            Budget = Budget.ToProto(),
        };
        call.EligibleCountries.AddRange(Countries.Distinct(StringComparer.Ordinal));
        call.Objectives.AddRange(FormEnums.Parse<Objective>(Objectives));
        call.EligibleApplicantTypes.AddRange(FormEnums.Parse<ApplicantType>(ApplicantTypes));
        call.SupportLetterRequiredFor.AddRange(FormEnums.Parse<ApplicantType>(SupportLetterFor));
        call.Criteria.AddRange(Criteria.Where(c => !c.IsEmpty).Select(c => c.ToProto()));
        return new CreateCallRequest { CallId = Id?.Trim() ?? string.Empty, Call = call };
    }
}

/// <summary>One criterion row of the new-call form.</summary>
public sealed class CriterionInput
{
    public string? Id { get; set; }

    public LocalizedTextInput Name { get; set => field = value ?? new(); } = new();

    public string? MaxScore { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Id) && string.IsNullOrWhiteSpace(MaxScore)
        && string.IsNullOrWhiteSpace(Name.En) && string.IsNullOrWhiteSpace(Name.Fr) && string.IsNullOrWhiteSpace(Name.Ar);

    public Criterion ToProto() => new()
    {
        Id = Id?.Trim() ?? string.Empty,
        Name = Name.ToProto(),
        MaxScore = int.TryParse(MaxScore, out var max) ? max : 0,
    };
}
