using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Common.V1;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Gateway;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Actions;

/// <summary>A piece of evidence the picker offers: a finding of a published profile, or an adopted recommendation.</summary>
public sealed record EvidenceOffer(string Code, bool IsFinding, string Source, Text? Section, LocalizedText? Text, string Link);

/// <summary>
/// What a city's priority may rest on, for the picker: the sections with content of the city's
/// latest published profile, the priorities identified in its published profiles (the candidates)
/// and the recommendations the network adopted. The services check the evidence again on saving.
/// </summary>
public sealed class EvidenceOffers(
    ProfilesService.ProfilesServiceClient profiles,
    PrioritiesService.PrioritiesServiceClient priorities,
    OutcomesService.OutcomesServiceClient outcomes)
{
    public async Task<IReadOnlyList<EvidenceOffer>> ForAsync(string cityId, CurrentLanguage lang, IEnumerable<Evidence> alreadyPicked)
    {
        var offers = new List<EvidenceOffer>();
        // A city without a published profile simply has no findings to offer.
        var profile = (await Part.TryAsync(() => profiles.GetProfileAsync(new GetProfileRequest { Name = $"profiles/{cityId}", Language = lang.Code }).ResponseAsync)).Value?.Profile;
        if (profile?.Revision is { State: ProfileState.Published } revision)
        {
            var revisionName = $"profiles/{cityId}/revisions/{revision.Number}";
            offers.AddRange(revision.Content.SectionsWithContent().Where(s => s != "priorities").Select(section => new EvidenceOffer(
                EvidenceChoice.FindingCode(revisionName, section), true, revisionName, ProfileSections.Name(section), null,
                $"/profiles/{cityId}?revision={revision.Number}#{ProfileSections.Anchor(section)}")));
        }

        var candidates = (await Part.TryAsync(() => priorities.ListCandidatePrioritiesAsync(new ListCandidatePrioritiesRequest { City = cityId, PageSize = 100 }).ResponseAsync)).Value;
        foreach (var candidate in candidates?.Candidates ?? [])
        {
            var (revisionName, id) = Candidates.Split(candidate.Name);
            offers.Add(new EvidenceOffer(EvidenceChoice.FindingCode(revisionName, "priorities", id), true, revisionName, ProfileSections.Name("priorities"), candidate.Text,
                $"/profiles/{cityId}?revision={Candidates.Number(revisionName)}#{ProfileSections.Anchor("priorities")}"));
        }

        var recommendations = (await Part.TryAsync(() => outcomes.ListRecommendationsAsync(new ListRecommendationsRequest { PageSize = 100, Language = lang.Code }).ResponseAsync)).Value;
        offers.AddRange((recommendations?.Recommendations ?? []).Select(r => new EvidenceOffer(
            EvidenceChoice.RecommendationCode(r.Name), false, r.Meeting, null, r.Text, Components.Shared.Links.To(r.Meeting))));

        // Evidence already picked stays on offer even when no list above holds it (an older revision).
        var offered = offers.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var evidence in alreadyPicked.Where(e => !offered.Contains(EvidenceChoice.CodeOf(e))))
        {
            var code = EvidenceChoice.CodeOf(evidence);
            offers.Add(evidence.SourceCase == Evidence.SourceOneofCase.Recommendation
                ? new EvidenceOffer(code, false, evidence.Recommendation, null, null, "#")
                : new EvidenceOffer(code, true, evidence.Profile.Revision, ProfileSections.Name(evidence.Profile.Section), null, "#"));
        }

        return offers;
    }

    /// <summary>The choices for a form: every offer, ticked when it is among <paramref name="picked"/>.</summary>
    public static List<EvidenceChoice> Choices(IEnumerable<EvidenceOffer> offers, IEnumerable<Evidence> picked)
    {
        var codes = picked.Select(EvidenceChoice.CodeOf).ToHashSet(StringComparer.Ordinal);
        return [.. offers.Select(o => new EvidenceChoice { Code = o.Code, Picked = codes.Contains(o.Code) })];
    }
}
