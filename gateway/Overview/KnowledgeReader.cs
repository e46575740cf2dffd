using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Gateway.Overview;

/// <summary>The profile and key-figures parts, from Knowledge.</summary>
public sealed class KnowledgeReader(ProfilesService.ProfilesServiceClient profiles, PartReader parts)
{
    private const string Service = "Knowledge";

    /// <summary>From the revision list, which has no content and shows drafts only to those who may see them.</summary>
    public Task<ProfilePart> ReadProfileAsync(string cityId, DownstreamCall call) =>
        parts.ReadAsync(Service, async () =>
        {
            var request = new ListProfileRevisionsRequest { Name = $"profiles/{cityId}", PageSize = 100 };
            return ProfileSummary.From(cityId, (await profiles.ListProfileRevisionsAsync(request, call.Options)).Revisions);
        }, status => new ProfilePart { Status = status });

    public Task<KeyFiguresPart> ReadKeyFiguresAsync(string cityId, string language, DownstreamCall call) =>
        parts.ReadAsync(Service, async () =>
        {
            var response = await profiles.GetKeyFiguresAsync(new GetKeyFiguresRequest { Name = $"profiles/{cityId}", Language = language }, call.Options);
            return new KeyFiguresPart { Status = PartStatuses.Ok, Figures = { response.Figures } };
        }, status => new KeyFiguresPart { Status = status });
}
