using Mc2cm.Action.Actions;
using Mc2cm.Action.Applications;
using Mc2cm.Action.Calls;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using static Mc2cm.Action.Tests.Steps;
using Call = Mc2cm.Contracts.Action.V1.Call;
using Criterion = Mc2cm.Contracts.Action.V1.Criterion;

namespace Mc2cm.Action.Tests.Unit;

/// <summary>Action's own rules say which of the shared reasons they are, with the values a client needs.</summary>
public sealed class FieldReasonTests
{
    private static string ReasonOf(InvalidArgumentException error, string field) => Assert.Single(error.Violations, v => v.Field == field).Reason;

    private static CreateCallRequest NewCall() => new()
    {
        CallId = "call-reasons",
        Call = new Call
        {
            Number = 4, Title = new() { En = "Test call" }, OpensOn = DateOf(new DateOnly(2026, 3, 1)), ClosesOn = DateOf(new DateOnly(2026, 5, 31)),
            MaxGrant = Eur(50_000), Objectives = { Objective.StakeholderCooperation }, EligibleApplicantTypes = { ApplicantType.LocalGovernment },
            Criteria = { new Criterion { Id = "relevance", Name = new() { En = "Relevance" }, MaxScore = 10 } },
        },
    };

    [Fact]
    public void A_call_closing_before_it_opens_must_follow_opens_on()
    {
        var request = NewCall();
        request.Call.ClosesOn = DateOf(new DateOnly(2026, 2, 1));

        var error = Assert.Throws<InvalidArgumentException>(() => CallRequestReader.ReadCreate(request));

        Assert.Equal(FieldReasons.MustFollow, ReasonOf(error, "call.closes_on"));
        Assert.Equal("call.opens_on", error.ParametersOf("call.closes_on")[FieldParameters.Field]);
    }

    [Fact]
    public void A_budget_below_the_maximum_grant_says_its_minimum_and_one_in_another_currency_says_which()
    {
        var low = NewCall();
        low.Call.Budget = Eur(20_000.5m);
        var dollars = NewCall();
        dollars.Call.Budget = new Google.Type.Money { CurrencyCode = "USD", Units = 90_000 };

        var below = Assert.Throws<InvalidArgumentException>(() => CallRequestReader.ReadCreate(low));
        var foreign = Assert.Throws<InvalidArgumentException>(() => CallRequestReader.ReadCreate(dollars));

        Assert.Equal(FieldReasons.OutOfRange, ReasonOf(below, "call.budget"));
        Assert.Equal(new Dictionary<string, string> { ["minimum"] = "50000" }, below.ParametersOf("call.budget"));
        Assert.Equal(FieldReasons.WrongCurrency, ReasonOf(foreign, "call.budget"));
        Assert.Equal("EUR", foreign.ParametersOf("call.budget")[FieldParameters.Currency]);
    }

    [Fact]
    public void A_score_above_the_criterion_s_highest_is_out_of_range_and_an_unknown_criterion_unknown()
    {
        var call = Mc2cm.Action.Calls.Call.Draft(Terms.FirstCall());

        var error = Assert.Throws<InvalidArgumentException>(() => ApplicationRequestReader.ReadScores(call,
        [
            new CriterionScore { Criterion = "relevance", Score = 11 },
            new CriterionScore { Criterion = "feasibility", Score = 5 },
            new CriterionScore { Criterion = "beauty", Score = 5 },
        ]));

        Assert.Equal(FieldReasons.OutOfRange, ReasonOf(error, "scores[0].score"));
        Assert.Equal(new Dictionary<string, string> { ["minimum"] = "0", ["maximum"] = "10" }, error.ParametersOf("scores[0].score"));
        Assert.Equal(FieldReasons.UnknownReference, ReasonOf(error, "scores[2].criterion"));
    }

    [Fact]
    public void A_report_from_the_future_with_too_much_progress_says_both()
    {
        var request = new ReportProgressRequest
        {
            Name = "actions/act-1", ReportedOn = DateOf(new DateOnly(2026, 7, 1)), Status = ActionStatus.InProgress, ProgressPercent = 120, Etag = "W/\"1\"",
        };

        var error = Assert.Throws<InvalidArgumentException>(() => ProgressRequestReader.Read(request, "EUR", new DateOnly(2026, 6, 1)));

        Assert.Equal(FieldReasons.InTheFuture, ReasonOf(error, "reported_on"));
        Assert.Equal(FieldReasons.OutOfRange, ReasonOf(error, "progress_percent"));
        Assert.Equal(new Dictionary<string, string> { ["minimum"] = "0", ["maximum"] = "100" }, error.ParametersOf("progress_percent"));
    }

    [Fact]
    public void Evaluators_named_twice_are_duplicates_and_none_at_all_is_required()
    {
        var twice = Assert.Throws<InvalidArgumentException>(() => ApplicationRequestReader.ReadEvaluators(["evaluator-1", "evaluator-1"]));
        var none = Assert.Throws<InvalidArgumentException>(() => ApplicationRequestReader.ReadEvaluators([]));

        Assert.Equal(FieldReasons.Duplicate, ReasonOf(twice, "evaluators"));
        Assert.Equal(FieldReasons.Required, ReasonOf(none, "evaluators"));
    }
}
