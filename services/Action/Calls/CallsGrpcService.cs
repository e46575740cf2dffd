using Grpc.Core;
using Mc2cm.Action.Actions;
using Mc2cm.Action.Applications;
using Mc2cm.Action.Data;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Calls;

/// <summary>mc2cm.action.v1.CallsService.</summary>
public sealed class CallsGrpcService(ActionDbContext db, TimeProvider clock) : Proto.CallsService.CallsServiceBase
{
    public override async Task<Proto.ListCallsResponse> ListCalls(Proto.ListCallsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Check(Enum.IsDefined(request.State), "state", "is not a known state.", FieldReasons.NotAllowed);
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken, request.State);
        violations.ThrowIfAny();
        var calls = db.Calls.AsNoTracking();
        // A draft call is the coordinators' work until it opens.
        if (!context.User().IsCoordinator())
        {
            calls = calls.Where(c => c.State != Proto.CallState.Draft);
        }

        if (request.State != Proto.CallState.Unspecified)
        {
            calls = calls.Where(c => c.State == request.State);
        }

        var listed = await calls.OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Number).ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListCallsResponse { NextPageToken = listed.NextPageToken };
        response.Calls.AddRange(listed.Items.Select(c => c.ToProto()));
        return response;
    }

    public override async Task<Proto.GetCallResponse> GetCall(Proto.GetCallRequest request, ServerCallContext context)
    {
        var call = await db.Calls.GetAsync(Call.Resource, Call.Resource.ReadId(request.Name), context.CancellationToken);
        if (call.State == Proto.CallState.Draft && !context.User().IsCoordinator())
        {
            throw context.User().Refusal("UNPUBLISHED", call.ResourceName, $"{call.ResourceName} is a draft: only the coordinators may see it until it opens.");
        }

        return new() { Call = call.ToProto() };
    }

    public override async Task<Proto.CreateCallResponse> CreateCall(Proto.CreateCallRequest request, ServerCallContext context)
    {
        var terms = CallRequestReader.ReadCreate(request);
        if (await db.Calls.AnyAsync(c => c.Id == terms.Id, context.CancellationToken))
        {
            throw new AlreadyExistsException("Call", $"calls/{terms.Id}");
        }

        var call = Call.Draft(terms);
        db.Calls.Add(call);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CreateCallResponse { Call = call.ToProto() };
    }

    public override async Task<Proto.OpenCallResponse> OpenCall(Proto.OpenCallRequest request, ServerCallContext context)
    {
        var call = await db.Calls.LoadForWriteAsync(Call.Resource, ReadNameForWrite(request.Name, request.Etag), request.Etag, context.CancellationToken);
        call.Open(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.OpenCallResponse { Call = call.ToProto() };
    }

    public override async Task<Proto.CloseCallResponse> CloseCall(Proto.CloseCallRequest request, ServerCallContext context)
    {
        var call = await db.Calls.LoadForWriteAsync(Call.Resource, ReadNameForWrite(request.Name, request.Etag), request.Etag, context.CancellationToken);
        call.Close();
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CloseCallResponse { Call = call.ToProto() };
    }

    public override async Task<Proto.RankApplicationsResponse> RankApplications(Proto.RankApplicationsRequest request, ServerCallContext context)
    {
        var call = await db.Calls.GetAsync(Call.Resource, Call.Resource.ReadId(request.Name), context.CancellationToken);
        var eligible = await db.Applications.AsNoTracking()
            .Where(a => a.CallId == call.Id && a.Status == Proto.ApplicationStatus.Eligible).ToListAsync(context.CancellationToken);
        var response = new Proto.RankApplicationsResponse();
        response.Applications.AddRange(Ranking.Order(eligible).Select(a => a.ToProto()));
        return response;
    }

    public override async Task<Proto.SelectApplicationsResponse> SelectApplications(Proto.SelectApplicationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var ids = request.Applications.Select((name, i) => violations.ReadId($"applications[{i}]", name, "applications")).ToList();
        violations.Check(ids.Count is > 0 and <= 200, "applications", "must name from 1 to 200 applications.",
            ids.Count == 0 ? FieldReasons.Required : FieldReason.TooMany(200));
        violations.Check(ids.Distinct().Count() == ids.Count, "applications", "must not name an application twice.", FieldReasons.Duplicate);
        violations.ThrowIfAny();
        var call = await db.Calls.LoadForWriteAsync(Call.Resource, Call.Resource.ReadId(request.Name), etag: null, context.CancellationToken);
        var found = await db.Applications.Where(a => ids.Contains(a.Id) && a.CallId == call.Id).ToDictionaryAsync(a => a.Id, context.CancellationToken);
        var missing = ids.Where(id => !found.ContainsKey(id!)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidArgumentException("applications", $"not applications to {call.ResourceName}: {string.Join(", ", missing.Select(m => $"applications/{m}"))}.",
                FieldReasons.UnknownReference);
        }

        // Actions come back in the order the selection named them.
        var applications = ids.Select(id => found[id!]).ToList();

        // The call's version guards its budget: two selections at once cannot both spend the last of it.
        call.Commit(applications.Sum(a => a.RequestedAmount));
        var now = clock.GetUtcNow();
        var actions = applications.Select(a => Funding.From(a, call, now)).ToList();
        foreach (var (application, action) in applications.Zip(actions))
        {
            application.Select(action.Id);
        }

        db.Actions.AddRange(actions);
        await db.SaveChangesAsync(context.CancellationToken);
        var response = new Proto.SelectApplicationsResponse();
        response.Actions.AddRange(actions.Select(a => a.ToProto()));
        return response;
    }

    /// <summary>A call's state changes only from the version the coordinator read: the etag is required.</summary>
    private static string ReadNameForWrite(string name, string etag)
    {
        var violations = new FieldViolations();
        violations.Require(etag.Length > 0, "etag");
        violations.ThrowIfAny();
        return Call.Resource.ReadId(name);
    }
}
