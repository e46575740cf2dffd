using Grpc.Core;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Profiles;

/// <summary>Revisions, history and key figures, and the loading shared by every call.</summary>
public sealed partial class ProfilesGrpcService
{
    public override async Task<Proto.ListProfileRevisionsResponse> ListProfileRevisions(Proto.ListProfileRevisionsRequest request, ServerCallContext context)
    {
        var (profile, page) = await ReadPagedAsync(request.Name, request.PageSize, request.PageToken, context, staffOnly: false);
        // Everyone sees the published revisions; drafts and reviews only the city's people and the coordinators.
        var everything = context.User().WorksFor(profile.CityId);
        var revisions = profile.Revisions.Where(r => everything || r.State == ProfileState.Published).OrderByDescending(r => r.Number).ToList();
        var response = new Proto.ListProfileRevisionsResponse { NextPageToken = page.NextToken(revisions.Count) };
        response.Revisions.AddRange(revisions.Skip(page.Offset).Take(page.Size).Select(r => r.ToProto(withContent: false)));
        return response;
    }

    public override async Task<Proto.ListProfileHistoryResponse> ListProfileHistory(Proto.ListProfileHistoryRequest request, ServerCallContext context)
    {
        var (profile, page) = await ReadPagedAsync(request.Name, request.PageSize, request.PageToken, context, staffOnly: true);
        var response = new Proto.ListProfileHistoryResponse { NextPageToken = page.NextToken(profile.History.Count) };
        response.Entries.AddRange(profile.History.Skip(page.Offset).Take(page.Size).Select(e => e.ToProto()));
        return response;
    }

    public override async Task<Proto.GetKeyFiguresResponse> GetKeyFigures(Proto.GetKeyFiguresRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var cityId = violations.ReadId("name", request.Name, ProfileRequestReader.Collection);
        var language = BuildingBlocks.Localization.ReaderLanguage.Read(violations, "lang", request.Language, context);
        violations.ThrowIfAny();
        var profile = await db.Profiles.GetAsync(Profile.Resource, cityId!, context.CancellationToken);
        var response = new Proto.GetKeyFiguresResponse();
        response.Figures.AddRange(await keyFigures.ForCityAsync(profile.CityId, language, context.CancellationToken));
        return response;
    }

    private async Task<(Profile Profile, PageRequest Page)> ReadPagedAsync(string name, int pageSize, string pageToken, ServerCallContext context, bool staffOnly)
    {
        var violations = new FieldViolations();
        var cityId = violations.ReadId("name", name, ProfileRequestReader.Collection);
        var page = PageRequest.Read(violations, pageSize, pageToken, name);
        violations.ThrowIfAny();
        if (staffOnly)
        {
            // The history shows drafts and who did what: the city's people and the coordinators only.
            context.EnsureWorksFor(cityId!);
        }

        return (await db.Profiles.GetAsync(Profile.Resource, cityId!, context.CancellationToken), page);
    }

    private Task<KnownCity?> KnownCityAsync(string cityId, CancellationToken cancellationToken) =>
        db.KnownCities.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cityId, cancellationToken);

    private Task<Dictionary<string, KnownCity>> KnownCitiesAsync(IEnumerable<string> cityIds, CancellationToken cancellationToken)
    {
        var ids = cityIds.ToList();
        return db.KnownCities.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }
}
