using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Calls;

/// <summary>The application form: who applies, for which city, what and for how much, and the priorities it answers.</summary>
public sealed class ApplicationForm : FormModel
{
    /// <summary>How many document rows the form offers; empty rows are left out.</summary>
    public const int DocumentRows = 2;

    /// <summary>The city's id ("tunis").</summary>
    public string? City { get; set; }

    public string? Organisation { get; set; }

    public string? ApplicantType { get; set; }

    public string? Title { get; set; }

    public AmountInput Amount { get; set => field = value ?? new(); } = new();

    public List<string> Objectives { get; set => field = value ?? []; } = [];

    /// <summary>"priorities/{id}" of the city's adopted priorities ticked.</summary>
    public List<string> Priorities { get; set => field = value ?? []; } = [];

    public List<DocumentInput> Documents { get; set => field = value ?? []; } = [.. Enumerable.Range(0, DocumentRows).Select(_ => new DocumentInput())];

    /// <summary>The request; the filled document rows are moved first, so the service's "application.documents[1]" is the form's second row.</summary>
    public SubmitApplicationRequest Request(string call)
    {
        Documents = [.. Documents.Where(d => !d.IsEmpty), .. Documents.Where(d => d.IsEmpty)];
        var application = new Application
        {
            Call = call,
            City = string.IsNullOrWhiteSpace(City) ? string.Empty : $"cities/{City.Trim()}",
            ApplicantOrganisation = Organisation?.Trim() ?? string.Empty,
            ApplicantType = FormEnums.Parse<ApplicantType>([ApplicantType ?? string.Empty]).FirstOrDefault(),
            Title = Title?.Trim() ?? string.Empty,
            RequestedAmount = Amount.ToProto(),
        };
        application.Objectives.AddRange(FormEnums.Parse<Objective>(Objectives));
        application.Priorities.AddRange(Priorities.Distinct(StringComparer.Ordinal));
        application.Documents.AddRange(Documents.Where(d => !d.IsEmpty).Select(d => d.ToProto()));
        return new SubmitApplicationRequest { Application = application };
    }
}

/// <summary>One document row of the application form.</summary>
public sealed class DocumentInput
{
    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Uri { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Kind) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Uri);

    public ApplicationDocument ToProto() => new()
    {
        Kind = FormEnums.Parse<DocumentKind>([Kind ?? string.Empty]).FirstOrDefault(),
        Title = Title?.Trim() ?? string.Empty,
        Uri = Uri?.Trim() ?? string.Empty,
    };
}
