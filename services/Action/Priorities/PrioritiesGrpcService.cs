using System.Text.RegularExpressions;
using Grpc.Core;
using Mc2cm.Action.Data;
using Mc2cm.Action.Evidence;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Priorities;

/// <summary>mc2cm.action.v1.PrioritiesService.</summary>
public sealed partial class PrioritiesGrpcService(ActionDbContext db, CityMembership membership, EvidenceVerification verification, TimeProvider clock)
    : Proto.PrioritiesService.PrioritiesServiceBase
{
    public override async Task<Proto.ListPrioritiesResponse> ListPriorities(Proto.ListPrioritiesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var city = CityFilter(violations, request.City);
        violations.Check(Enum.IsDefined(request.State), "state", "is not a known state.", FieldReasons.NotAllowed);
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken, request.City, request.State);
        violations.ThrowIfAny();
        var priorities = PriorityVisibility.VisibleTo(context.User(), db.Priorities.AsNoTracking());
        if (city is not null) priorities = priorities.Where(p => p.CityId == city);
        if (request.State != Proto.PriorityState.Unspecified)
        {
            var state = (PriorityState)(int)request.State;
            priorities = priorities.Where(p => p.State == state);
        }

        var listed = await priorities.OrderBy(p => p.CityId).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id).ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListPrioritiesResponse { NextPageToken = listed.NextPageToken };
        response.Priorities.AddRange(listed.Items.Select(p => p.ToProto()));
        return response;
    }

    public override async Task<Proto.GetPriorityResponse> GetPriority(Proto.GetPriorityRequest request, ServerCallContext context) =>
        new() { Priority = PriorityVisibility.EnsureVisible(context.User(), await db.Priorities.GetAsync(Priority.Resource, Priority.Resource.ReadId(request.Name), context.CancellationToken)).ToProto() };

    public override async Task<Proto.CreatePriorityResponse> CreatePriority(Proto.CreatePriorityRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var priority = request.Priority ?? new Proto.Priority();
        var city = violations.ReadId("priority.city", priority.City, "cities");
        if (city is not null)
        {
            context.EnsureWorksFor(city);
        }

        var candidate = request.Candidate.Length > 0 ? await CandidateAsync(violations, request.Candidate, city, context.CancellationToken) : null;
        var (text, theme) = PriorityRequestReader.ReadTextAndTheme(violations, priority, textRequired: candidate is null);
        var evidence = PriorityRequestReader.ReadEvidence(violations, "priority.evidence", priority.Evidence).ToList();
        violations.ThrowIfAny();
        if (candidate is not null)
        {
            (text, theme) = (text.En.Length > 0 ? text : candidate.Text, theme.Length > 0 ? theme : candidate.Theme);
            evidence.Add(PriorityEvidence.Finding($"profiles/{candidate.CityId}/revisions/{candidate.Revision}", "priorities", candidate.PriorityId));
        }

        await membership.EnsureMemberAsync(city!, context.CancellationToken);
        await verification.VerifyAsync(city!, evidence, "priority.evidence", context.CancellationToken);
        var created = Priority.Propose(ResourceNames.NewId(city!), city!, text, theme, evidence, clock.GetUtcNow());
        db.Priorities.Add(created);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CreatePriorityResponse { Priority = created.ToProto() };
    }

    public override async Task<Proto.UpdatePriorityResponse> UpdatePriority(Proto.UpdatePriorityRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var changes = request.Priority ?? new Proto.Priority();
        var paths = request.UpdateMask is { Paths.Count: > 0 } mask ? mask.Paths.ToHashSet()
            : new[] { changes.Text is null ? null : "text", changes.Theme.Length > 0 ? "theme" : null, changes.Evidence.Count > 0 ? "evidence" : null }.OfType<string>().ToHashSet();
        violations.Check(paths.Count > 0 && paths.All(p => p is "text" or "theme" or "evidence"), "update_mask", "must name text, theme or evidence.",
            paths.Count == 0 ? FieldReasons.Required : FieldReasons.NotAllowed);
        violations.Require(changes.Etag.Length > 0, "priority.etag");
        var (text, theme) = PriorityRequestReader.ReadTextAndTheme(violations, changes, textRequired: paths.Contains("text"));
        var evidence = paths.Contains("evidence") ? PriorityRequestReader.ReadEvidence(violations, "priority.evidence", changes.Evidence) : null;
        violations.ThrowIfAny();
        var priority = await db.Priorities.LoadForWriteAsync(
            Priority.Resource, Priority.Resource.ReadId(changes.Name, "priority.name"), changes.Etag, context.CancellationToken, p => context.EnsureWorksFor(p.CityId));
        if (evidence is not null)
        {
            await verification.VerifyAsync(priority.CityId, evidence, "priority.evidence", context.CancellationToken);
        }

        priority.Revise(paths.Contains("text") ? text : null, paths.Contains("theme") ? theme : null, evidence);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.UpdatePriorityResponse { Priority = priority.ToProto() };
    }

    public override async Task<Proto.AdoptPriorityResponse> AdoptPriority(Proto.AdoptPriorityRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var adoptedOn = violations.ReadDate("adopted_on", request.AdoptedOn);
        violations.Check(adoptedOn is null || adoptedOn <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), "adopted_on", "must not be in the future.", FieldReasons.InTheFuture);
        violations.RequiredText("adopted_by", request.AdoptedBy, 200);
        violations.Require(request.Etag.Length > 0, "etag");
        violations.ThrowIfAny();
        var priority = await db.Priorities.LoadForWriteAsync(
            Priority.Resource, Priority.Resource.ReadId(request.Name), request.Etag, context.CancellationToken, p => context.EnsureWorksFor(p.CityId));
        priority.Adopt(adoptedOn!.Value, request.AdoptedBy, clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.AdoptPriorityResponse { Priority = priority.ToProto() };
    }

    public override async Task<Proto.RetirePriorityResponse> RetirePriority(Proto.RetirePriorityRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.RequiredText("reason", request.Reason, 2_000, multiline: true);
        violations.Require(request.Etag.Length > 0, "etag");
        violations.ThrowIfAny();
        var priority = await db.Priorities.LoadForWriteAsync(
            Priority.Resource, Priority.Resource.ReadId(request.Name), request.Etag, context.CancellationToken, p => context.EnsureWorksFor(p.CityId));
        priority.Retire(request.Reason);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.RetirePriorityResponse { Priority = priority.ToProto() };
    }

    public override async Task<Proto.ListCandidatePrioritiesResponse> ListCandidatePriorities(Proto.ListCandidatePrioritiesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var city = CityFilter(violations, request.City);
        violations.Require(city is not null, "city");
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken, request.City);
        violations.ThrowIfAny();
        var candidates = db.CandidatePriorities.AsNoTracking().Where(c => c.CityId == city);
        var listed = await candidates.OrderByDescending(c => c.Revision).ThenBy(c => c.PriorityId).ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListCandidatePrioritiesResponse { NextPageToken = listed.NextPageToken };
        response.Candidates.AddRange(listed.Items.Select(c => c.ToProto()));
        return response;
    }

    private async Task<CandidatePriority?> CandidateAsync(FieldViolations violations, string name, string? cityId, CancellationToken cancellationToken)
    {
        var match = CandidatePattern().Match(name);
        if (!match.Success)
        {
            violations.Add("candidate", "must be \"profiles/{city}/revisions/{n}/priorities/{id}\" (see ListCandidatePriorities).", FieldReasons.InvalidFormat);
            return null;
        }

        var (city, revision, id) = (match.Groups["city"].Value, int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["id"].Value);
        var candidate = await db.CandidatePriorities.AsNoTracking().FirstOrDefaultAsync(c => c.CityId == city && c.Revision == revision && c.PriorityId == id, cancellationToken);
        violations.Check(candidate is not null, "candidate", $"{name} is not a priority of a published profile.", FieldReasons.UnknownReference);
        violations.Check(candidate is null || cityId is null || candidate.CityId == cityId, "candidate", $"{name} is not a priority of cities/{cityId}.", FieldReasons.UnknownReference);
        return candidate;
    }

    private static string? CityFilter(FieldViolations violations, string city)
    {
        if (city.Length == 0) return null;
        var id = city.StartsWith("cities/", StringComparison.Ordinal) ? city["cities/".Length..] : city;
        violations.Slug("city", id);
        return id;
    }

    [GeneratedRegex("^profiles/(?<city>[a-z][a-z0-9-]{1,62})/revisions/(?<n>[1-9][0-9]{0,5})/priorities/(?<id>[a-z][a-z0-9-]{1,62})$", RegexOptions.CultureInvariant)]
    private static partial Regex CandidatePattern();
}
