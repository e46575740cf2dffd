using Grpc.Core;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Gateway;

namespace Mc2cm.Web.Features.Profiles.Editing;

/// <summary>Reads the revision a city's people work on: the newest one, in every language (no language asked, so nothing is folded).</summary>
public static class ProfileDrafts
{
    /// <summary>The profile showing its newest revision (draft, in review, or the published one), or null when the city has no profile.</summary>
    public static async Task<Profile?> NewestAsync(this ProfilesService.ProfilesServiceClient profiles, string cityId, CancellationToken cancellationToken = default)
    {
        var name = $"profiles/{cityId}";
        try
        {
            var newest = (await profiles.ListProfileRevisionsAsync(new ListProfileRevisionsRequest { Name = name, PageSize = 1 }, GatewayCallHeaders.AllLanguages, cancellationToken: cancellationToken)).Revisions;
            return newest.Count == 0 ? null
                : (await profiles.GetProfileAsync(new GetProfileRequest { Name = name, Revision = newest[0].Number }, GatewayCallHeaders.AllLanguages, cancellationToken: cancellationToken)).Profile;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound && e.Status.Detail.Contains(name, StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>The languages a text is written in, as their codes.</summary>
    public static IEnumerable<string> Languages(Components.Forms.LocalizedTextInput text) =>
        new[] { ("en", text.En), ("fr", text.Fr), ("ar", text.Ar) }.Where(l => !string.IsNullOrWhiteSpace(l.Item2)).Select(l => l.Item1);
}
