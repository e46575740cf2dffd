using Grpc.Core;
using Mc2cm.Action.Chains;
using Mc2cm.Action.Data;
using Mc2cm.Action.Priorities;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Actions;

/// <summary>mc2cm.action.v1.ActionsService: follow-up, portfolio and chains.</summary>
public sealed class ActionsGrpcService(ActionDbContext db, ChainAssembly chains, Portfolio portfolio, TimeProvider clock)
    : Proto.ActionsService.ActionsServiceBase
{
    public override async Task<Proto.ListActionsResponse> ListActions(Proto.ListActionsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var city = request.City.Length > 0 ? (request.City.StartsWith("cities/", StringComparison.Ordinal) ? request.City[7..] : request.City) : null;
        if (city is not null) violations.Slug("city", city);
        var call = request.Call.Length > 0 ? violations.ReadId("call", request.Call, "calls") : null;
        violations.Check(Enum.IsDefined(request.Status), "status", "is not a known status.", FieldReasons.NotAllowed);
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken, request.City, request.Call, request.Status);
        violations.ThrowIfAny();
        var actions = db.Actions.AsNoTracking();
        if (city is not null) actions = actions.Where(a => a.CityId == city);
        if (call is not null) actions = actions.Where(a => a.CallId == call);
        if (request.Status != Proto.ActionStatus.Unspecified) actions = actions.Where(a => a.Status == request.Status);
        var listed = await actions.OrderBy(a => a.CityId).ThenBy(a => a.FundedAt).ThenBy(a => a.Id).ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListActionsResponse { NextPageToken = listed.NextPageToken };
        response.Actions.AddRange(listed.Items.Select(a => a.ToProto()));
        return response;
    }

    public override async Task<Proto.GetActionResponse> GetAction(Proto.GetActionRequest request, ServerCallContext context) =>
        new() { Action = (await db.Actions.GetAsync(FundedAction.Resource, FundedAction.Resource.ReadId(request.Name), context.CancellationToken)).ToProto() };

    public override async Task<Proto.UpdateActionResponse> UpdateAction(Proto.UpdateActionRequest request, ServerCallContext context)
    {
        var (id, etag, plan) = ActionPlanReader.Read(request);
        var action = await db.Actions.LoadForWriteAsync(FundedAction.Resource, id, etag, context.CancellationToken, a => context.EnsureWorksFor(a.CityId));
        action.Plan(plan);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.UpdateActionResponse { Action = action.ToProto() };
    }

    public override async Task<Proto.ReportProgressResponse> ReportProgress(Proto.ReportProgressRequest request, ServerCallContext context)
    {
        ProgressUpdate? update = null;
        var action = await db.Actions.LoadForWriteAsync(FundedAction.Resource, FundedAction.Resource.ReadId(request.Name), request.Etag, context.CancellationToken, a =>
        {
            // The report is read against the action (its currency) before a stale etag is reported.
            context.EnsureWorksFor(a.CityId);
            update = ProgressRequestReader.Read(request, a.Currency, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        });
        action.Report(update!, context.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.ReportProgressResponse { Action = action.ToProto() };
    }

    public override Task<Proto.GetPortfolioResponse> GetPortfolio(Proto.GetPortfolioRequest request, ServerCallContext context)
    {
        if (!Enum.IsDefined(request.GroupBy))
        {
            throw new InvalidArgumentException("group_by", "must be PORTFOLIO_GROUPING_CALL, _COUNTRY or _OBJECTIVE.", FieldReasons.NotAllowed);
        }

        return portfolio.SummariseAsync(request.GroupBy, context.CancellationToken);
    }

    public override async Task<Proto.GetActionChainResponse> GetActionChain(Proto.GetActionChainRequest request, ServerCallContext context)
    {
        var action = await db.Actions.GetAsync(FundedAction.Resource, FundedAction.Resource.ReadId(request.Name), context.CancellationToken);
        var priorities = (await db.Priorities.AsNoTracking().Where(p => action.PriorityIds.Contains(p.Id)).ToListAsync(context.CancellationToken))
            .Where(p => p.IsVisibleTo(context.User())).ToList();
        var response = new Proto.GetActionChainResponse { Action = action.ToProto() };
        response.Priorities.AddRange(await chains.PrioritiesAsync(priorities, context.CancellationToken));
        response.Recommendations.AddRange((await chains.RecommendationsAsync(action.RecommendationIds, context.CancellationToken)).Values);
        return response;
    }

    public override async Task<Proto.GetCityChainResponse> GetCityChain(Proto.GetCityChainRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var city = violations.ReadId("name", request.Name, "chains");
        violations.ThrowIfAny();
        var priorities = (await db.Priorities.AsNoTracking().Where(p => p.CityId == city).OrderBy(p => p.CreatedAt).ToListAsync(context.CancellationToken))
            .Where(p => p.IsVisibleTo(context.User())).ToList();
        var actions = await db.Actions.AsNoTracking().Where(a => a.CityId == city).OrderBy(a => a.FundedAt).ToListAsync(context.CancellationToken);
        var names = await db.CityNamesAsync([city!], context.CancellationToken);
        if (priorities.Count == 0 && actions.Count == 0 && !names.ContainsKey(city!))
        {
            throw new NotFoundException("City", $"cities/{city}");
        }

        var response = new Proto.GetCityChainResponse { City = $"cities/{city}", CityDisplayName = names.NameOrId(city!).ToProto() };
        response.Priorities.AddRange(await chains.PrioritiesAsync(priorities, context.CancellationToken));
        response.Actions.AddRange(actions.Select(a =>
        {
            var link = new Proto.ChainAction { Action = a.ResourceName, Title = a.Title.ToProto(), Status = a.Status, ProgressPercent = a.ProgressPercent };
            link.Priorities.AddRange(a.PriorityIds.Select(p => $"priorities/{p}"));
            link.Recommendations.AddRange(a.RecommendationIds.Select(r => $"recommendations/{r}"));
            return link;
        }));
        return response;
    }
}
