using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Action.Tests.Integration;

/// <summary>Applications to a call: judged rule by rule on submission, scored, ranked and selected within the budget.</summary>
[Collection(nameof(ActionCollection))]
public sealed class CallsAndApplicationsTests(ActionApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<RpcException> RefusedAsync<T>(AsyncUnaryCall<T> call) => await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

    /// <summary>Submits the application and, when it is eligible, assigns it to evaluator-1 (the coordinator does, as a call's rules say).</summary>
    private async Task<Application> SubmitAsync(Application application)
    {
        var submitted = (await app.Applications.SubmitApplicationAsync(new SubmitApplicationRequest { Application = application }, cancellationToken: Ct)).Application;
        return submitted.Status != ApplicationStatus.Eligible ? submitted : (await app.Applications.AssignEvaluatorsAsync(new AssignEvaluatorsRequest
        {
            Name = submitted.Name, Evaluators = { SharedIssuer.Evaluator1, SharedIssuer.Evaluator2 }, Etag = submitted.Etag,
        }, cancellationToken: Ct)).Application;
    }

    private Task<Application> ScoreAsync(Application application, string evaluator, int relevance, int feasibility) =>
        app.Applications.ScoreApplicationAsync(new ScoreApplicationRequest
        {
            Name = application.Name,
            Scores = { new CriterionScore { Criterion = "relevance", Score = relevance }, new CriterionScore { Criterion = "feasibility", Score = feasibility } },
        }, ActionApp.As(evaluator), cancellationToken: Ct).ResponseAsync.ContinueWith(t => t.Result.Application, TaskScheduler.Default);

    [Fact]
    public async Task A_sound_application_is_eligible_and_a_flawed_one_is_ineligible_with_every_failed_rule_named()
    {
        var call = await app.OpenCallAsync();
        var city = await app.NewCityAsync();
        var lisbonLike = await app.NewCityAsync(country: "ES");

        var sound = await SubmitAsync(Steps.SoundApplication(call, city));
        var flawed = Steps.SoundApplication(call, lisbonLike, amount: 60_000);
        flawed.ApplicantType = ApplicantType.CivilSociety;
        var judged = await SubmitAsync(flawed);

        Assert.Equal((ApplicationStatus.Eligible, true), (sound.Status, sound.Eligibility.Eligible));
        Assert.Empty(sound.Eligibility.FailedRules);
        Assert.Equal(ApplicationStatus.Ineligible, judged.Status);
        Assert.Equal(["COUNTRY_ELIGIBLE", "SUPPORT_LETTER_PRESENT", "AMOUNT_WITHIN_MAXIMUM"], judged.Eligibility.FailedRules.Select(r => r.Rule));
        Assert.All(judged.Eligibility.FailedRules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
        var read = (await app.Applications.GetApplicationAsync(new GetApplicationRequest { Name = judged.Name }, cancellationToken: Ct)).Application;
        Assert.Equal(judged.Eligibility, read.Eligibility);
    }

    [Fact]
    public async Task An_application_to_a_call_that_is_not_open_is_refused_and_nothing_is_stored()
    {
        var city = await app.NewCityAsync();
        var before = await app.QueryAsync(db => db.Applications.CountAsync(Ct));
        var firstCall = (await app.Calls.GetCallAsync(new GetCallRequest { Name = "calls/call-1" }, cancellationToken: Ct)).Call;

        var error = await RefusedAsync(app.Applications.SubmitApplicationAsync(new SubmitApplicationRequest { Application = Steps.SoundApplication(firstCall, city) }, cancellationToken: Ct));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal(("CALL_OPEN", "calls/call-1"), (error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations.Single().Type, error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations.Single().Subject));
        Assert.Equal(before, await app.QueryAsync(db => db.Applications.CountAsync(Ct)));
    }

    [Fact]
    public async Task Linked_priorities_must_be_adopted_priorities_of_the_applicants_city()
    {
        var call = await app.OpenCallAsync();
        var tunisPriority = await app.AdoptedTunisPriorityAsync();
        var city = await app.NewCityAsync();

        var ofTunis = await SubmitAsync(Steps.SoundApplication(call, "tunis", 40_000, tunisPriority.Name));
        var ofAnother = await SubmitAsync(Steps.SoundApplication(call, city, 40_000, tunisPriority.Name, "priorities/nowhere-1"));

        Assert.Equal(ApplicationStatus.Eligible, ofTunis.Status);
        Assert.Equal(["PRIORITIES_OF_CITY", "PRIORITIES_OF_CITY"], ofAnother.Eligibility.FailedRules.Select(r => r.Rule));
    }

    [Fact]
    public async Task Bad_applications_are_refused_with_every_field_named()
    {
        var call = await app.OpenCallAsync();
        var application = Steps.SoundApplication(call, "tunis");
        application.ApplicantOrganisation = "";
        application.RequestedAmount = new Google.Type.Money { CurrencyCode = "EURO", Units = -5 };
        application.Documents[0].Uri = "ftp://example.org/p.pdf";

        var error = await RefusedAsync(app.Applications.SubmitApplicationAsync(new SubmitApplicationRequest { Application = application }, cancellationToken: Ct));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("application.applicant_organisation", fields);
        Assert.Contains(fields, f => f.StartsWith("application.requested_amount", StringComparison.Ordinal));
        Assert.Contains("application.documents[0].uri", fields);
    }

    [Fact]
    public async Task Scored_applications_are_ranked_by_average_and_selected_within_the_budget()
    {
        var call = await app.OpenCallAsync(budget: 70_000);
        var (a, b, c) = (await app.NewCityAsync(), await app.NewCityAsync(), await app.NewCityAsync());
        var first = await SubmitAsync(Steps.SoundApplication(call, a, 40_000));
        var second = await SubmitAsync(Steps.SoundApplication(call, b, 30_000));
        var third = await SubmitAsync(Steps.SoundApplication(call, c, 35_000));
        await ScoreAsync(first, "evaluator-1", 6, 6);
        await ScoreAsync(first, "evaluator-2", 8, 8);
        await ScoreAsync(second, "evaluator-1", 9, 9);
        await ScoreAsync(third, "evaluator-1", 4, 4);
        // A second sheet from the same evaluator replaces the first.
        var rescored = await ScoreAsync(third, "evaluator-1", 5, 4);

        var ranked = (await app.Calls.RankApplicationsAsync(new RankApplicationsRequest { Name = call.Name }, cancellationToken: Ct)).Applications;

        Assert.Equal((1, 9.0), (rescored.ScoreSheets.Count, rescored.AverageScore));
        Assert.Equal([second.Name, first.Name, third.Name], ranked.Select(x => x.Name));
        Assert.Equal(14.0, ranked[1].AverageScore);

        var selected = (await app.Calls.SelectApplicationsAsync(new SelectApplicationsRequest { Name = call.Name, Applications = { second.Name, first.Name } }, cancellationToken: Ct)).Actions;
        var overBudget = await RefusedAsync(app.Calls.SelectApplicationsAsync(new SelectApplicationsRequest { Name = call.Name, Applications = { third.Name } }, cancellationToken: Ct));

        Assert.Equal([$"cities/{b}", $"cities/{a}"], selected.Select(x => x.City));
        Assert.All(selected, x => Assert.Equal(ActionStatus.NotStarted, x.Status));
        Assert.Equal(StatusCode.FailedPrecondition, overBudget.StatusCode);
        Assert.Equal("CALL_BUDGET", overBudget.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations.Single().Type);
        var afterSelection = (await app.Applications.GetApplicationAsync(new GetApplicationRequest { Name = first.Name }, cancellationToken: Ct)).Application;
        Assert.Equal((ApplicationStatus.Selected, selected[1].Name), (afterSelection.Status, afterSelection.Action));
        Assert.Equal(ApplicationStatus.Eligible, (await app.Applications.GetApplicationAsync(new GetApplicationRequest { Name = third.Name }, cancellationToken: Ct)).Application.Status);
    }

    [Fact]
    public async Task Scores_need_an_assigned_evaluator_and_every_criterion_within_its_range()
    {
        var call = await app.OpenCallAsync();
        var submitted = (await app.Applications.SubmitApplicationAsync(new SubmitApplicationRequest { Application = Steps.SoundApplication(call, await app.NewCityAsync()) }, cancellationToken: Ct)).Application;
        var application = (await app.Applications.AssignEvaluatorsAsync(new AssignEvaluatorsRequest { Name = submitted.Name, Evaluators = { SharedIssuer.Evaluator1 } }, cancellationToken: Ct)).Application;
        var sheet = new ScoreApplicationRequest
        {
            Name = application.Name, Scores = { new CriterionScore { Criterion = "relevance", Score = 5 }, new CriterionScore { Criterion = "feasibility", Score = 5 } },
        };

        var byCoordinator = await RefusedAsync(app.Applications.ScoreApplicationAsync(sheet, cancellationToken: Ct));
        var unassigned = await RefusedAsync(app.Applications.ScoreApplicationAsync(sheet, ActionApp.As(SharedIssuer.Evaluator2), cancellationToken: Ct));
        var incomplete = await RefusedAsync(app.Applications.ScoreApplicationAsync(new ScoreApplicationRequest
        {
            Name = application.Name, Scores = { new CriterionScore { Criterion = "relevance", Score = 11 } },
        }, ActionApp.As(SharedIssuer.Evaluator1), cancellationToken: Ct));

        Assert.Equal([SharedIssuer.Evaluator1], application.Evaluators);
        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (byCoordinator.StatusCode, unassigned.StatusCode));
        Assert.Equal(StatusCode.InvalidArgument, incomplete.StatusCode);
        Assert.Equal(["scores[0].score", "scores"], incomplete.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        var unscored = (await app.Applications.GetApplicationAsync(new GetApplicationRequest { Name = application.Name }, cancellationToken: Ct)).Application;
        Assert.Empty(unscored.ScoreSheets);
    }

    [Fact]
    public async Task An_unscored_application_cannot_be_selected()
    {
        var call = await app.OpenCallAsync();
        var application = await SubmitAsync(Steps.SoundApplication(call, await app.NewCityAsync()));

        var error = await RefusedAsync(app.Calls.SelectApplicationsAsync(new SelectApplicationsRequest { Name = call.Name, Applications = { application.Name } }, cancellationToken: Ct));

        Assert.Equal("APPLICATION_EVALUATION", error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations.Single().Type);
        var id = application.Name["applications/".Length..];
        Assert.Equal(0, await app.QueryAsync(db => db.Actions.CountAsync(x => x.ApplicationId == id, Ct)));
    }
}
