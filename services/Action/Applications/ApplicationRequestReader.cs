using Mc2cm.Action.Calls;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Applications;

/// <summary>Reads application requests: the form of every field (eligibility is judged after, against the call).</summary>
public static class ApplicationRequestReader
{
    public const string Collection = "applications";

    public static ApplicationDraft ReadSubmit(Proto.SubmitApplicationRequest request)
    {
        var violations = new FieldViolations();
        var application = request.Application ?? new Proto.Application();
        var call = violations.ReadId("application.call", application.Call, CallRequestReader.Collection);
        violations.RequiredText("application.applicant_organisation", application.ApplicantOrganisation, 200);
        violations.Enum("application.applicant_type", application.ApplicantType, "must be an applicant type (APPLICANT_TYPE_LOCAL_GOVERNMENT...).");
        var city = violations.ReadId("application.city", application.City, "cities");
        violations.RequiredText("application.title", application.Title, 300);
        var (amount, currency) = CallRequestReader.ReadMoney(violations, "application.requested_amount", application.RequestedAmount, required: true);
        violations.Check(application.Objectives.Count > 0 && application.Objectives.All(o => o != Proto.Objective.Unspecified && Enum.IsDefined(o)),
            "application.objectives", "must list one or more objectives.", application.Objectives.Count == 0 ? FieldReasons.Required : FieldReasons.NotAllowed);
        var priorities = application.Priorities.Select((p, i) => violations.ReadId($"application.priorities[{i}]", p, "priorities")).ToList();
        var recommendations = application.Recommendations.Select((r, i) => violations.ReadId($"application.recommendations[{i}]", r, "recommendations")).ToList();
        violations.Check(application.Documents.Count <= 50, "application.documents", "must list at most 50 documents.", FieldReason.TooMany(50));
        for (var i = 0; i < application.Documents.Count; i++)
        {
            var document = application.Documents[i];
            violations.Enum($"application.documents[{i}].kind", document.Kind, "must be a document kind.");
            violations.RequiredText($"application.documents[{i}].title", document.Title, 300);
            violations.Check(Uri.TryCreate(document.Uri, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && document.Uri.Length <= 2_000,
                $"application.documents[{i}].uri", "must be an http or https address.",
                FieldReason.InvalidFormat("https://example.org/letter.pdf"));
        }

        violations.ThrowIfAny();
        return new ApplicationDraft(call!, application.ApplicantOrganisation, application.ApplicantType, city!, application.Title, amount, currency,
            application.Objectives.Distinct().ToList(), priorities.Distinct().ToList()!, recommendations.Distinct().ToList()!,
            application.Documents.Select(d => new ApplicationDocument(d.Kind, d.Title, d.Uri)).ToList());
    }

    /// <summary>The evaluators to assign: token subjects, each once.</summary>
    public static IReadOnlyList<string> ReadEvaluators(IReadOnlyList<string> evaluators)
    {
        var violations = new FieldViolations();
        violations.Check(evaluators.Count is > 0 and <= 20, "evaluators", "must name from 1 to 20 evaluators.",
            evaluators.Count == 0 ? FieldReasons.Required : FieldReason.TooMany(20));
        for (var i = 0; i < evaluators.Count; i++)
        {
            violations.RequiredText($"evaluators[{i}]", evaluators[i], 200);
        }

        violations.Check(evaluators.Distinct().Count() == evaluators.Count, "evaluators", "must not name an evaluator twice.", FieldReasons.Duplicate);
        violations.ThrowIfAny();
        return evaluators;
    }

    /// <summary>One score per criterion of the call, each from 0 to the criterion's highest.</summary>
    public static Dictionary<string, int> ReadScores(Call call, IReadOnlyList<Proto.CriterionScore> scores)
    {
        var violations = new FieldViolations();
        for (var i = 0; i < scores.Count; i++)
        {
            var criterion = call.Criteria.FirstOrDefault(c => c.Id == scores[i].Criterion);
            violations.Check(criterion is not null, $"scores[{i}].criterion", $"is not a criterion of {call.ResourceName}: {string.Join(", ", call.Criteria.Select(c => c.Id))}.",
                FieldReasons.UnknownReference);
            violations.Check(criterion is null || scores[i].Score >= 0 && scores[i].Score <= criterion.MaxScore,
                $"scores[{i}].score", $"must be from 0 to {criterion?.MaxScore}.", FieldReason.Range(0, criterion?.MaxScore ?? 0));
        }

        var missing = call.Criteria.Where(c => scores.All(s => s.Criterion != c.Id)).Select(c => c.Id).ToList();
        violations.Check(missing.Count == 0, "scores", $"must score every criterion; missing: {string.Join(", ", missing)}.", FieldReasons.Required);
        violations.Check(scores.Select(s => s.Criterion).Distinct().Count() == scores.Count, "scores", "must score each criterion once.", FieldReasons.Duplicate);
        violations.ThrowIfAny();
        return scores.ToDictionary(s => s.Criterion, s => s.Score);
    }
}
