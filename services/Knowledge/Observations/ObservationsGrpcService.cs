using Grpc.Core;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Data;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Observations;

/// <summary>mc2cm.knowledge.v1.ObservationsService: recording and reading figures and gaps.</summary>
public sealed class ObservationsGrpcService(
    KnowledgeDbContext db, ObservationRequestReader reader, CityMembership membership, ObservationQuery query, TimeProvider clock)
    : Proto.ObservationsService.ObservationsServiceBase
{
    public override async Task<Proto.ListObservationsResponse> ListObservations(Proto.ListObservationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var filter = ObservationQuery.ReadFilter(violations, request.City, request.Indicator, request.Year, clock);
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken, request.City, request.Indicator, request.Year);
        violations.ThrowIfAny();
        var observations = query.Filter(filter);
        var listed = await ObservationQuery.Order(observations).ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListObservationsResponse { NextPageToken = listed.NextPageToken };
        response.Observations.AddRange(listed.Items.Select(o => o.ToProto()));
        return response;
    }

    public override async Task<Proto.GetObservationResponse> GetObservation(Proto.GetObservationRequest request, ServerCallContext context)
    {
        var observation = await db.Observations.GetAsync(Observation.Resource, ReadName(request.Name), context.CancellationToken);
        return new Proto.GetObservationResponse { Observation = observation.ToProto() };
    }

    public override async Task<Proto.ListObservationHistoryResponse> ListObservationHistory(Proto.ListObservationHistoryRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var id = ObservationRequestReader.ReadName(violations, request.Name);
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken, request.Name);
        violations.ThrowIfAny();
        var observation = await db.Observations.GetAsync(Observation.Resource, id, context.CancellationToken);
        var changes = await db.ObservationChanges.AsNoTracking().Where(c => c.ObservationId == id)
            .OrderBy(c => c.At).ThenBy(c => c.Id).ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListObservationHistoryResponse { NextPageToken = changes.NextPageToken };
        response.Changes.AddRange(changes.Items.Select(c => c.ToProto(observation)));
        return response;
    }

    public override async Task<Proto.CreateObservationResponse> CreateObservation(Proto.CreateObservationRequest request, ServerCallContext context)
    {
        var draft = reader.ReadCreate(request);
        context.EnsureWorksFor(draft.CityId);
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == draft.IndicatorCode, context.CancellationToken)
            ?? throw new NotFoundException("Indicator", $"indicators/{draft.IndicatorCode}");
        ObservationRequestReader.CheckAgainst(indicator, draft);
        await membership.EnsureMemberAsync(draft.CityId, context.CancellationToken);
        var key = draft.Breakdown.Key;
        if (await db.Observations.Standing().AnyAsync(o => o.CityId == draft.CityId && o.IndicatorCode == draft.IndicatorCode
                && o.ReferenceYear == draft.ReferenceYear && o.BreakdownKey == key, context.CancellationToken))
        {
            throw new AlreadyExistsException("Observation", $"{draft.CityId}/{indicator.ResourceName}/{draft.ReferenceYear}/{key}");
        }

        var observation = Observation.Record(draft, context.Actor(), clock.GetUtcNow());
        db.Observations.Add(observation);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CreateObservationResponse { Observation = observation.ToProto() };
    }

    public override async Task<Proto.CorrectObservationResponse> CorrectObservation(Proto.CorrectObservationRequest request, ServerCallContext context)
    {
        var correction = reader.ReadCorrect(request);
        var observation = await db.Observations.LoadForWriteAsync(Observation.Resource, correction.Id, correction.Etag, context.CancellationToken, o => context.EnsureWorksFor(o.CityId));
        var draft = correction.Figure with { CityId = observation.CityId, IndicatorCode = observation.IndicatorCode };
        var indicator = await db.Indicators.AsNoTracking().FirstAsync(i => i.Code == draft.IndicatorCode, context.CancellationToken);
        ObservationRequestReader.CheckAgainst(indicator, draft);
        await membership.EnsureMemberAsync(draft.CityId, context.CancellationToken);
        var key = draft.Breakdown.Key;
        if ((draft.ReferenceYear, key) != (observation.ReferenceYear, observation.BreakdownKey)
            && await db.Observations.Standing().AnyAsync(o => o.CityId == draft.CityId && o.IndicatorCode == draft.IndicatorCode
                && o.ReferenceYear == draft.ReferenceYear && o.BreakdownKey == key, context.CancellationToken))
        {
            throw new AlreadyExistsException("Observation", $"{draft.CityId}/{indicator.ResourceName}/{draft.ReferenceYear}/{key}");
        }

        observation.Correct(draft, correction.Reason, context.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CorrectObservationResponse { Observation = observation.ToProto() };
    }

    public override async Task<Proto.RetractObservationResponse> RetractObservation(Proto.RetractObservationRequest request, ServerCallContext context)
    {
        var (id, etag, reason) = ObservationRequestReader.ReadRetract(request);
        var observation = await db.Observations.LoadForWriteAsync(Observation.Resource, id, etag, context.CancellationToken, o => context.EnsureWorksFor(o.CityId));
        await membership.EnsureMemberAsync(observation.CityId, context.CancellationToken);
        observation.Retract(reason, context.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.RetractObservationResponse { Observation = observation.ToProto() };
    }

    private static string ReadName(string name)
    {
        var violations = new FieldViolations();
        var id = ObservationRequestReader.ReadName(violations, name);
        violations.ThrowIfAny();
        return id;
    }
}
