using Grpc.Core;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.BuildingBlocks.Reads;
using Mc2cm.Cities.Data;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Cities;

/// <summary>
/// mc2cm.cities.v1.CitiesService: reads check the request, writes go through the City rules;
/// every answer shows the focal points' personal data to those who may see it only (<see cref="PersonalData"/>).
/// The public reads' answers without personal data are kept until the next save (<see cref="ReadCache{TAnswer}"/>).
/// </summary>
public sealed class CitiesGrpcService(
    CitiesDbContext db, CityRequestReader reader, ReadCache<Proto.GetCityResponse> cities, ReadCache<Proto.ListCitiesResponse> lists, TimeProvider clock)
    : Proto.CitiesService.CitiesServiceBase
{
    [PublicRead]
    public override async Task<Proto.ListCitiesResponse> ListCities(Proto.ListCitiesRequest request, ServerCallContext context)
    {
        var query = CityListQuery.Read(request);
        // An anonymous caller sees nobody's personal data: one answer per request serves them all.
        var shared = !context.User().IsSignedIn();
        var key = shared ? request.ToString() : string.Empty;
        var readAt = lists.Version;
        if (shared && lists.TryGet(key, readAt, out var cached))
        {
            return cached;
        }

        var cities = query.Filter(db.Cities.AsNoTracking());
        var listed = await query.Order(cities).ReadPageAsync(query.Page, context.CancellationToken);
        var response = new Proto.ListCitiesResponse { TotalSize = listed.TotalSize, NextPageToken = listed.NextPageToken };
        response.Cities.AddRange(listed.Items.Select(c => Shown(c, context)));
        if (shared)
        {
            lists.Keep(key, response, readAt);
        }

        return response;
    }

    [PublicRead]
    public override async Task<Proto.GetCityResponse> GetCity(Proto.GetCityRequest request, ServerCallContext context)
    {
        var id = reader.ReadName(request.Name);
        // Most readers see the public view: it is answered from the cache while no save has come since.
        var isPublic = !context.User().MaySeePersonalDataOf(id);
        var readAt = cities.Version;
        if (isPublic && cities.TryGet(id, readAt, out var cached))
        {
            return cached;
        }

        // One city: one query with its few memberships and focal points joined, not three (the split
        // that keeps a page of cities from multiplying rows).
        var city = await db.Cities.AsSingleQuery().GetAsync(City.Resource, id, context.CancellationToken);
        var answer = new Proto.GetCityResponse { City = Shown(city, context) };
        if (isPublic)
        {
            cities.Keep(id, answer, readAt);
        }

        return answer;
    }

    public override async Task<Proto.CreateCityResponse> CreateCity(Proto.CreateCityRequest request, ServerCallContext context)
    {
        var input = reader.ReadCreate(request);
        if (await db.Cities.AnyAsync(c => c.Id == input.Id, context.CancellationToken))
        {
            throw new AlreadyExistsException("City", $"cities/{input.Id}");
        }

        var city = City.Register(input.Id, input.Names, input.CountryCode, input.Region, input.Population, input.FocalPoints, clock.GetUtcNow(), input.Location);
        db.Cities.Add(city);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CreateCityResponse { City = Shown(city, context) };
    }

    public override async Task<Proto.UpdateCityResponse> UpdateCity(Proto.UpdateCityRequest request, ServerCallContext context)
    {
        var update = reader.ReadUpdate(request);
        context.EnsureWorksFor(update.Id);
        var city = await db.Cities.LoadForWriteAsync(City.Resource, update.Id, update.Etag, context.CancellationToken);
        city.Update(update.Changes, clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.UpdateCityResponse { City = Shown(city, context) };
    }

    public override async Task<Proto.JoinNetworkResponse> JoinNetwork(Proto.JoinNetworkRequest request, ServerCallContext context)
    {
        var join = reader.ReadJoin(request);
        var city = await db.Cities.LoadForWriteAsync(City.Resource, join.CityId, join.Etag, context.CancellationToken);
        var phase = await db.Phases.AsNoTracking().FirstOrDefaultAsync(p => p.Id == join.PhaseId, context.CancellationToken)
            ?? throw new InvalidArgumentException("phase", $"phases/{join.PhaseId} is not a programme phase; see ListPhases.", FieldReasons.UnknownReference);
        if (!phase.Covers(join.Date))
        {
            throw phase.EndDate is { } end
                ? new InvalidArgumentException("joined_on",
                    $"must be within {phase.ResourceName} ({phase.StartDate:yyyy-MM-dd} to {end:yyyy-MM-dd}).", FieldReason.Range(phase.StartDate, end))
                : new InvalidArgumentException("joined_on",
                    $"must be on or after the start of {phase.ResourceName} ({phase.StartDate:yyyy-MM-dd}).", FieldReason.AtLeast(phase.StartDate));
        }

        city.JoinNetwork(phase, join.Date, clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.JoinNetworkResponse { City = Shown(city, context) };
    }

    public override async Task<Proto.LeaveNetworkResponse> LeaveNetwork(Proto.LeaveNetworkRequest request, ServerCallContext context)
    {
        var leave = reader.ReadLeave(request);
        var city = await db.Cities.LoadForWriteAsync(City.Resource, leave.CityId, leave.Etag, context.CancellationToken);
        city.LeaveNetwork(leave.Date, clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.LeaveNetworkResponse { City = Shown(city, context) };
    }

    /// <summary>The city as the caller may see it: its focal points' names and addresses only for its people and the coordinators.</summary>
    private static Proto.City Shown(City city, ServerCallContext context) => city.ToProto().WithPersonalDataFor(context.User(), city.Id);
}
