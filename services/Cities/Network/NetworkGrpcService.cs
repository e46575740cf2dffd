using Grpc.Core;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Cities.Cities;
using Mc2cm.Cities.Data;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Network;

/// <summary>
/// mc2cm.cities.v1.NetworkService: partners, phases and the network's figures. The coordinators
/// keep partners and phases (the proto's audience says who may write); a phase's dates go through
/// <see cref="PhaseCalendar"/>.
/// </summary>
public sealed class NetworkGrpcService(CitiesDbContext db, PhaseCalendar calendar) : Proto.NetworkService.NetworkServiceBase
{
    public override async Task<Proto.ListPartnersResponse> ListPartners(Proto.ListPartnersRequest request, ServerCallContext context)
    {
        var page = ReadPage(request.PageSize, request.PageToken);
        var partners = db.Partners.AsNoTracking();
        // Lead, then partners, then funders (the role is stored by name, so not by its number).
        var listed = await partners.OrderBy(p => p.Role == PartnerRole.Lead ? 0 : p.Role == PartnerRole.Partner ? 1 : 2).ThenBy(p => p.Id)
            .ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListPartnersResponse { NextPageToken = listed.NextPageToken };
        response.Partners.AddRange(listed.Items.Select(p => p.ToProto()));
        return response;
    }

    public override async Task<Proto.GetPartnerResponse> GetPartner(Proto.GetPartnerRequest request, ServerCallContext context)
    {
        var id = NetworkRequestReader.ReadName(request.Name, NetworkRequestReader.Partners);
        var partner = await db.Partners.GetAsync(Partner.Resource, id, context.CancellationToken);
        return new Proto.GetPartnerResponse { Partner = partner.ToProto() };
    }

    public override async Task<Proto.CreatePartnerResponse> CreatePartner(Proto.CreatePartnerRequest request, ServerCallContext context)
    {
        var input = NetworkRequestReader.ReadCreate(request);
        var partner = new Partner(input.Id, input.Acronym, input.Names, input.Role, input.Contribution);
        if (await db.Partners.AnyAsync(p => p.Id == input.Id, context.CancellationToken))
        {
            throw new AlreadyExistsException("Partner", partner.ResourceName);
        }

        db.Partners.Add(partner);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CreatePartnerResponse { Partner = partner.ToProto() };
    }

    public override async Task<Proto.UpdatePartnerResponse> UpdatePartner(Proto.UpdatePartnerRequest request, ServerCallContext context)
    {
        var update = NetworkRequestReader.ReadUpdate(request);
        var partner = await db.Partners.LoadForWriteAsync(Partner.Resource, update.Id, update.Etag, context.CancellationToken);
        partner.Update(update.Changes);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.UpdatePartnerResponse { Partner = partner.ToProto() };
    }

    public override async Task<Proto.ListPhasesResponse> ListPhases(Proto.ListPhasesRequest request, ServerCallContext context)
    {
        var page = ReadPage(request.PageSize, request.PageToken);
        var phases = db.Phases.AsNoTracking();
        var listed = await phases.OrderBy(p => p.StartDate).ThenBy(p => p.EndDate).ThenBy(p => p.Id).ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListPhasesResponse { NextPageToken = listed.NextPageToken };
        response.Phases.AddRange(listed.Items.Select(p => p.ToProto()));
        return response;
    }

    public override async Task<Proto.GetPhaseResponse> GetPhase(Proto.GetPhaseRequest request, ServerCallContext context)
    {
        var id = NetworkRequestReader.ReadName(request.Name, NetworkRequestReader.Phases);
        var phase = await db.Phases.GetAsync(Phase.Resource, id, context.CancellationToken);
        return new Proto.GetPhaseResponse { Phase = phase.ToProto() };
    }

    public override async Task<Proto.CreatePhaseResponse> CreatePhase(Proto.CreatePhaseRequest request, ServerCallContext context)
    {
        var input = NetworkRequestReader.ReadCreate(request);
        var phase = new Phase(input.Id, input.Names, input.StartDate, input.EndDate, []);
        if (await db.Phases.AnyAsync(p => p.Id == input.Id, context.CancellationToken))
        {
            throw new AlreadyExistsException("Phase", phase.ResourceName);
        }

        await calendar.EnsureFitsAsync(phase, context.CancellationToken);
        db.Phases.Add(phase);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CreatePhaseResponse { Phase = phase.ToProto() };
    }

    public override async Task<Proto.UpdatePhaseResponse> UpdatePhase(Proto.UpdatePhaseRequest request, ServerCallContext context)
    {
        var update = NetworkRequestReader.ReadUpdate(request);
        var phase = await db.Phases.LoadForWriteAsync(Phase.Resource, update.Id, update.Etag, context.CancellationToken);
        // Checked as the phase would be: a refusal throws before anything is saved.
        phase.Update(update.Changes);
        await calendar.EnsureFitsAsync(phase, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.UpdatePhaseResponse { Phase = phase.ToProto() };
    }

    public override async Task<Proto.GetNetworkSummaryResponse> GetNetworkSummary(Proto.GetNetworkSummaryRequest request, ServerCallContext context)
    {
        // One narrow projection; the counting is done here, which stays cheap for a network of cities.
        var cities = await db.Cities.AsNoTracking()
            .Select(c => new
            {
                c.Region,
                IsMember = c.Memberships.Any(m => m.LeftOn == null),
                Phases = c.Memberships.Select(m => m.PhaseId).ToList(),
            })
            .ToListAsync(context.CancellationToken);
        var response = new Proto.GetNetworkSummaryResponse
        {
            CityCount = cities.Count,
            MemberCount = cities.Count(c => c.IsMember),
        };
        response.Regions.AddRange(cities.GroupBy(c => c.Region).OrderBy(g => g.Key).Select(g => new Proto.RegionCount
        {
            Region = g.Key.ToProto(),
            CityCount = g.Count(),
            MemberCount = g.Count(c => c.IsMember),
        }));
        response.Phases.AddRange(cities.SelectMany(c => c.Phases.Distinct()).GroupBy(p => p).OrderBy(g => g.Key).Select(g => new Proto.PhaseCount
        {
            Phase = $"phases/{g.Key}",
            CityCount = g.Count(),
        }));
        return response;
    }

    private static PageRequest ReadPage(int pageSize, string pageToken)
    {
        var violations = new FieldViolations();
        var page = PageRequest.Read(violations, pageSize, pageToken);
        violations.ThrowIfAny();
        return page;
    }
}
