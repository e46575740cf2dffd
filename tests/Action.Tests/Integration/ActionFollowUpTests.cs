using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Testing;

namespace Mc2cm.Action.Tests.Integration;

/// <summary>Funded actions report progress by the rules; the portfolio adds them up.</summary>
[Collection(nameof(ActionCollection))]
public sealed class ActionFollowUpTests(ActionApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<RpcException> RefusedAsync<T>(AsyncUnaryCall<T> call) => await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

    private static ReportProgressRequest Report(FundedAction action, ActionStatus status, int percent, decimal disbursed, DateOnly on) => new()
    {
        Name = action.Name, ReportedOn = Steps.DateOf(on), Status = status, ProgressPercent = percent, Disbursed = Steps.Eur(disbursed), Etag = action.Etag,
        Note = "Quarterly report of the city's project team.",
    };

    [Fact]
    public async Task A_progress_report_moves_the_action_on_and_is_kept_with_who_reported_it()
    {
        var action = await app.FundedActionAsync(await app.NewCityAsync());
        var request = Report(action, ActionStatus.InProgress, 40, 12_000.50m, DateOnly.FromDateTime(DateTime.UtcNow));
        request.Results.Add(new ActionResult { Indicator = "Newcomers received at the desk", Value = 130, Unit = "people" });

        var reported = (await app.Actions.ReportProgressAsync(request, ActionApp.As(SharedIssuer.Coordinator), cancellationToken: Ct)).Action;

        Assert.Equal((ActionStatus.InProgress, 40, 12_000L, 500_000_000), (reported.Status, reported.ProgressPercent, reported.Disbursed.Units, reported.Disbursed.Nanos));
        Assert.Equal("coordinator", reported.Reports.Single().ReportedBy);
        Assert.Equal(130, reported.Results.Single().Value);
        Assert.NotEqual(action.Etag, reported.Etag);
        Assert.Equal(reported, (await app.Actions.GetActionAsync(new GetActionRequest { Name = action.Name }, cancellationToken: Ct)).Action);
    }

    [Fact]
    public async Task A_report_breaking_the_rules_is_refused_with_every_reason_and_changes_nothing()
    {
        var action = await app.FundedActionAsync(await app.NewCityAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        action = (await app.Actions.ReportProgressAsync(Report(action, ActionStatus.InProgress, 50, 20_000, today), cancellationToken: Ct)).Action;

        var backwards = await RefusedAsync(app.Actions.ReportProgressAsync(Report(action, ActionStatus.Completed, 30, 10_000, today.AddDays(-3)), cancellationToken: Ct));
        var overBudget = await RefusedAsync(app.Actions.ReportProgressAsync(Report(action, ActionStatus.InProgress, 60, 40_000.01m, today), cancellationToken: Ct));

        Assert.Equal(StatusCode.FailedPrecondition, backwards.StatusCode);
        foreach (var reason in new[] { "dated before the last one", "cannot go back", "Disbursed money", "completed action is at 100 %" })
        {
            Assert.Contains(reason, backwards.Status.Detail, StringComparison.Ordinal);
        }

        Assert.Contains("to the budget, EUR 40,000", overBudget.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(action, (await app.Actions.GetActionAsync(new GetActionRequest { Name = action.Name }, cancellationToken: Ct)).Action);
    }

    [Fact]
    public async Task A_stale_report_and_a_malformed_one_are_refused()
    {
        var action = await app.FundedActionAsync(await app.NewCityAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await app.Actions.ReportProgressAsync(Report(action, ActionStatus.InProgress, 10, 0, today), cancellationToken: Ct);

        var stale = await RefusedAsync(app.Actions.ReportProgressAsync(Report(action, ActionStatus.InProgress, 20, 0, today), cancellationToken: Ct));
        var malformed = Report(action, ActionStatus.Unspecified, 140, 0, today.AddDays(2));
        malformed.Disbursed = new Google.Type.Money { CurrencyCode = "USD", Units = 5 };
        var bad = await RefusedAsync(app.Actions.ReportProgressAsync(malformed, cancellationToken: Ct));

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(["reported_on", "status", "progress_percent", "disbursed.currency_code"], bad.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task A_plans_milestones_are_reached_by_reports_and_a_reached_one_stays_in_the_plan()
    {
        var action = await app.FundedActionAsync(await app.NewCityAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var plan = new FundedAction
        {
            Name = action.Name, Etag = action.Etag, SdgTargets = { "10.7", "16.b" },
            Milestones =
            {
                new Milestone { Id = "desk-opened", Title = "Reception desk opened", DueOn = Steps.DateOf(today.AddMonths(2)) },
                new Milestone { Id = "first-report", Title = "First activity report", DueOn = Steps.DateOf(today.AddMonths(6)) },
            },
        };
        action = (await app.Actions.UpdateActionAsync(new UpdateActionRequest { Action = plan, UpdateMask = Steps.Mask("milestones", "sdg_targets") }, cancellationToken: Ct)).Action;
        var report = Report(action, ActionStatus.InProgress, 30, 5_000, today);
        report.MilestonesDone.Add(new Milestone { Id = "desk-opened", DoneOn = Steps.DateOf(today) });
        action = (await app.Actions.ReportProgressAsync(report, cancellationToken: Ct)).Action;

        var dropping = new FundedAction { Name = action.Name, Etag = action.Etag, Milestones = { new Milestone { Id = "first-report", Title = "First activity report" } } };
        var refused = await RefusedAsync(app.Actions.UpdateActionAsync(new UpdateActionRequest { Action = dropping, UpdateMask = Steps.Mask("milestones") }, cancellationToken: Ct));
        var keeping = new FundedAction { Name = action.Name, Etag = action.Etag, Milestones = { new Milestone { Id = "desk-opened", Title = "Reception desk open to the public" } } };
        var replanned = (await app.Actions.UpdateActionAsync(new UpdateActionRequest { Action = keeping, UpdateMask = Steps.Mask("milestones") }, cancellationToken: Ct)).Action;

        Assert.Equal(["10.7", "16.b"], action.SdgTargets);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("desk-opened", refused.Status.Detail, StringComparison.Ordinal);
        var kept = Assert.Single(replanned.Milestones);
        Assert.Equal(("Reception desk open to the public", Steps.DateOf(today)), (kept.Title, kept.DoneOn));
        Assert.Equal(["10.7", "16.b"], replanned.SdgTargets);
    }

    [Fact]
    public async Task A_bad_or_stale_plan_is_refused()
    {
        var action = await app.FundedActionAsync(await app.NewCityAsync());
        var bad = new FundedAction
        {
            Name = action.Name, Etag = action.Etag, SdgTargets = { "18.1" },
            Milestones = { new Milestone { Id = "Opening!", Title = "", DoneOn = Steps.Today } },
        };

        var invalid = await RefusedAsync(app.Actions.UpdateActionAsync(new UpdateActionRequest { Action = bad, UpdateMask = Steps.Mask("milestones", "sdg_targets") }, cancellationToken: Ct));
        await app.Actions.UpdateActionAsync(new UpdateActionRequest { Action = new FundedAction { Name = action.Name, Etag = action.Etag, Title = new() { En = "Welcome desk" } } }, cancellationToken: Ct);
        var stale = await RefusedAsync(app.Actions.UpdateActionAsync(new UpdateActionRequest { Action = new FundedAction { Name = action.Name, Etag = action.Etag, Title = new() { En = "Desk" } } }, cancellationToken: Ct));

        Assert.Equal(["action.milestones[0].id", "action.milestones[0].title", "action.milestones[0].done_on", "action.sdg_targets[0]"],
            invalid.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal("Welcome desk", (await app.Actions.GetActionAsync(new GetActionRequest { Name = action.Name }, cancellationToken: Ct)).Action.Title.En);
    }

    [Fact]
    public async Task The_rest_face_plans_an_action_with_patch_and_a_camel_case_mask()
    {
        var action = await app.FundedActionAsync(await app.NewCityAsync());
        var body = $$$"""{"milestones":[{"id":"desk-opened","title":"Reception desk opened","dueOn":{"year":2031,"month":3,"day":1}}],"sdgTargets":["10.7"],"etag":{{{System.Text.Json.JsonSerializer.Serialize(action.Etag)}}}}""";

        using var response = await app.Rest.PatchAsync(new Uri($"/api/v1/{action.Name}?updateMask=milestones,sdgTargets", UriKind.Relative),
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var planned = (await app.Actions.GetActionAsync(new GetActionRequest { Name = action.Name }, cancellationToken: Ct)).Action;
        Assert.Equal(("desk-opened", 2031), (planned.Milestones.Single().Id, planned.Milestones.Single().DueOn.Year));
        Assert.Equal(["10.7"], planned.SdgTargets);
    }

    [Fact]
    public async Task The_portfolio_counts_every_funded_action_by_call_and_the_seeded_actions_by_country()
    {
        var action = await app.FundedActionAsync(await app.NewCityAsync());

        var byCall = (await app.Actions.GetPortfolioAsync(new GetPortfolioRequest { GroupBy = PortfolioGrouping.Call }, cancellationToken: Ct));
        var byCountry = (await app.Actions.GetPortfolioAsync(new GetPortfolioRequest { GroupBy = PortfolioGrouping.Country }, cancellationToken: Ct));

        var row = byCall.Rows.Single(r => r.Key == action.Call);
        Assert.Equal((1, 40_000L), (row.ActionCount, row.Budget.Units));
        Assert.Equal(byCall.Rows.Sum(r => r.ActionCount), byCall.Total.ActionCount);
        Assert.Equal(byCall.Total.ActionCount, byCountry.Rows.Sum(r => r.ActionCount));
        Assert.True(byCountry.Rows.Single(r => r.Key == "MA").ActionCount >= 1, "Tangier's seeded action counts for Morocco.");
    }
}
