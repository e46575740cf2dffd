using Grpc.Core;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Mc2cm.Knowledge.Data;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.ServiceDefaults.Security;
using Mc2cm.ServiceDefaults.Validation;
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
        var id = request.Name.StartsWith("observations/", StringComparison.Ordinal) ? request.Name["observations/".Length..] : string.Empty;
        if (id.Length is 0 or > 32)
        {
            throw new InvalidArgumentException("name", "must be \"observations/{id}\".", FieldReasons.InvalidFormat);
        }

        var observation = await db.Observations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Observation", request.Name);
        return new Proto.GetObservationResponse { Observation = observation.ToProto() };
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
        if (await db.Observations.AnyAsync(o => o.CityId == draft.CityId && o.IndicatorCode == draft.IndicatorCode
                && o.ReferenceYear == draft.ReferenceYear && o.BreakdownKey == key, context.CancellationToken))
        {
            throw new AlreadyExistsException("Observation", $"{draft.CityId}/{indicator.ResourceName}/{draft.ReferenceYear}/{key}");
        }

        var observation = Observation.Record(draft, context.Actor(), clock.GetUtcNow());
        db.Observations.Add(observation);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CreateObservationResponse { Observation = observation.ToProto() };
    }
}
