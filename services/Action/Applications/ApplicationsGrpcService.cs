using System.Security.Claims;
using Grpc.Core;
using Mc2cm.Action.Calls;
using Mc2cm.Action.Data;
using Mc2cm.Action.Priorities;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Applications;

/// <summary>mc2cm.action.v1.ApplicationsService.</summary>
public sealed class ApplicationsGrpcService(ActionDbContext db, CityMembership cities, TimeProvider clock) : Proto.ApplicationsService.ApplicationsServiceBase
{
    public override async Task<Proto.ListApplicationsResponse> ListApplications(Proto.ListApplicationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var call = request.Call.Length > 0 ? violations.ReadId("call", request.Call, "calls") : null;
        var city = request.City.Length > 0 ? (request.City.StartsWith("cities/", StringComparison.Ordinal) ? request.City[7..] : request.City) : null;
        if (city is not null) violations.Slug("city", city);
        violations.Check(Enum.IsDefined(request.Status), "status", "is not a known status.", FieldReasons.NotAllowed);
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken, request.Call, request.City, request.Status);
        violations.ThrowIfAny();
        var applications = VisibleTo(context.User(), db.Applications.AsNoTracking());
        if (call is not null) applications = applications.Where(a => a.CallId == call);
        if (city is not null) applications = applications.Where(a => a.CityId == city);
        if (request.Status != Proto.ApplicationStatus.Unspecified) applications = applications.Where(a => a.Status == request.Status);
        var listed = await applications.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id).ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListApplicationsResponse { NextPageToken = listed.NextPageToken };
        response.Applications.AddRange(listed.Items.Select(a => a.ToProto()));
        return response;
    }

    public override async Task<Proto.GetApplicationResponse> GetApplication(Proto.GetApplicationRequest request, ServerCallContext context) =>
        new() { Application = EnsureVisible(context.User(), await db.Applications.GetAsync(Application.Resource, Application.Resource.ReadId(request.Name), context.CancellationToken)).ToProto() };

    public override async Task<Proto.SubmitApplicationResponse> SubmitApplication(Proto.SubmitApplicationRequest request, ServerCallContext context)
    {
        var draft = ApplicationRequestReader.ReadSubmit(request);
        context.EnsureWorksFor(draft.CityId);
        var call = await db.Calls.GetAsync(Call.Resource, draft.CallId, context.CancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!call.TakesApplicationsOn(today))
        {
            throw new FailedPreconditionException("CALL_OPEN", call.ResourceName,
                $"{call.ResourceName} takes applications from {call.OpensOn:yyyy-MM-dd} to {call.ClosesOn:yyyy-MM-dd} while it is open; it is {call.State} and today is {today:yyyy-MM-dd}.");
        }

        var city = await cities.GetAsync(draft.CityId, context.CancellationToken);
        var priorities = await db.Priorities.AsNoTracking().Where(p => draft.PriorityIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.CityId, p.State == PriorityState.Adopted), context.CancellationToken);
        var facts = new EligibilityFacts(city.CountryCode, city.MembershipStatus == Contracts.Cities.V1.MembershipStatus.Member, priorities);
        var application = Application.Submit(ResourceNames.NewId("app"), draft, EligibilityRules.Check(call, draft, facts), context.Actor(), clock.GetUtcNow());
        db.Applications.Add(application);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.SubmitApplicationResponse { Application = application.ToProto() };
    }

    public override async Task<Proto.ScoreApplicationResponse> ScoreApplication(Proto.ScoreApplicationRequest request, ServerCallContext context)
    {
        var evaluator = context.Actor();
        var application = await db.Applications.LoadForWriteAsync(Application.Resource, Application.Resource.ReadId(request.Name), etag: null, context.CancellationToken);
        if (!application.IsAssignedTo(evaluator))
        {
            // Before reading the scores: an evaluator who may not score learns nothing about the call's criteria.
            throw new PermissionDeniedException("EVALUATOR_NOT_ASSIGNED", application.ResourceName, $"{evaluator} is not assigned to score {application.ResourceName}.");
        }

        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == application.CallId, context.CancellationToken);
        var scores = ApplicationRequestReader.ReadScores(call, request.Scores);
        application.Score(new ScoreSheet(evaluator, scores, clock.GetUtcNow()));
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.ScoreApplicationResponse { Application = application.ToProto() };
    }

    public override async Task<Proto.AssignEvaluatorsResponse> AssignEvaluators(Proto.AssignEvaluatorsRequest request, ServerCallContext context)
    {
        var evaluators = ApplicationRequestReader.ReadEvaluators(request.Evaluators);
        var application = await db.Applications.LoadForWriteAsync(Application.Resource, Application.Resource.ReadId(request.Name), request.Etag, context.CancellationToken);
        application.AssignEvaluators(evaluators);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.AssignEvaluatorsResponse { Application = application.ToProto() };
    }

    /// <summary>Applications hold applicants' plans: the coordinators, the applicant city's people and its assigned evaluators see them.</summary>
    private static IQueryable<Application> VisibleTo(ClaimsPrincipal user, IQueryable<Application> applications)
    {
        if (user.IsCoordinator())
        {
            return applications;
        }

        var cities = user.IsInRole(Roles.FocalPoint) || user.IsInRole(Roles.LocalExpert) ? user.Cities().ToList() : [];
        var subject = user.IsInRole(Roles.Evaluator) ? user.Subject() : null;
        return applications.Where(a => cities.Contains(a.CityId) || a.Evaluators.Any(e => e.Evaluator == subject));
    }

    private static Application EnsureVisible(ClaimsPrincipal user, Application application) =>
        user.WorksFor(application.CityId) || (user.IsInRole(Roles.Evaluator) && application.IsAssignedTo(user.Subject()))
            ? application
            : throw user.Refusal("APPLICATION_ACCESS", application.ResourceName,
                $"Only the coordinators, the people of cities/{application.CityId} and its assigned evaluators may see {application.ResourceName}.");
}
