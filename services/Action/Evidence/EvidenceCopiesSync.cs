using Mc2cm.Action.Data;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.BuildingBlocks.Resync;
using Mc2cm.CityDirectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Dialogue = Mc2cm.Contracts.Dialogue.V1;
using Knowledge = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Action.Evidence;

/// <summary>
/// Copies what Knowledge and Dialogue have published — published profile revisions with their
/// priorities, adopted recommendations — over gRPC, every CityDirectory:ResyncInterval. The events
/// keep the copies current; the sync covers what was published before Action's queues existed.
/// Both are immutable once published, so only what is missing is added. Each copy commits on its
/// own: an event may copy the same revision while a pass runs (at start-up, typically), and then
/// the pass finds it held and goes on with the rest.
/// </summary>
internal sealed class EvidenceCopiesSync(
    IServiceScopeFactory scopes, IOptions<CityDirectoryOptions> options, TimeProvider clock, ILogger<EvidenceCopiesSync> logger)
    : PeriodicResync(clock, logger)
{
    protected override string Pass => "Copying published evidence";

    protected override TimeSpan Interval => options.Value.ResyncInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var revisions = await CopyProfilesAsync(scope.ServiceProvider, cancellationToken);
        var recommendations = await CopyRecommendationsAsync(scope.ServiceProvider, cancellationToken);
        logger.LogInformation("Copied {Revisions} published profile revisions and {Recommendations} recommendations", revisions, recommendations);
    }

    private static async Task<int> CopyProfilesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ActionDbContext>();
        var profiles = services.GetRequiredService<Knowledge.ProfilesService.ProfilesServiceClient>();
        var held = (await db.PublishedProfiles.Select(p => new { p.CityId, p.Revision }).ToListAsync(cancellationToken))
            .Select(p => $"{p.CityId}/{p.Revision}").ToHashSet();
        var copied = 0;
        var token = string.Empty;
        do
        {
            var page = await profiles.ListProfilesAsync(new Knowledge.ListProfilesRequest { PublishedOnly = true, PageSize = 100, PageToken = token }, cancellationToken: cancellationToken);
            foreach (var profile in page.Profiles)
            {
                var revisions = await profiles.ListProfileRevisionsAsync(new Knowledge.ListProfileRevisionsRequest { Name = profile.Name, PageSize = 100 }, cancellationToken: cancellationToken);
                foreach (var number in revisions.Revisions.Where(r => r.State == Knowledge.ProfileState.Published).Select(r => r.Number))
                {
                    var city = profile.City["cities/".Length..];
                    if (!held.Contains($"{city}/{number}"))
                    {
                        var revision = (await profiles.GetProfileAsync(new Knowledge.GetProfileRequest { Name = profile.Name, Revision = number }, cancellationToken: cancellationToken)).Profile.Revision;
                        var publishedAt = revision.PublishTime.ToDateTimeOffset();
                        db.PublishedProfiles.Add(new PublishedProfile(city, number, revision.Content.SectionsWithContent(), publishedAt));
                        db.CandidatePriorities.AddRange(revision.Content.Priorities.Select(p => new CandidatePriority(
                            city, number, p.Id, new LocalizedText(p.Text?.En ?? string.Empty, p.Text?.Fr ?? string.Empty, p.Text?.Ar ?? string.Empty), p.Theme, publishedAt)));
                        copied += await SaveCopyAsync(db, cancellationToken) ? 1 : 0;
                    }
                }
            }

            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return copied;
    }

    private static async Task<int> CopyRecommendationsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ActionDbContext>();
        var outcomes = services.GetRequiredService<Dialogue.OutcomesService.OutcomesServiceClient>();
        var held = (await db.Recommendations.Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
        var copied = 0;
        var token = string.Empty;
        do
        {
            var page = await outcomes.ListRecommendationsAsync(new Dialogue.ListRecommendationsRequest { PageSize = 100, PageToken = token }, cancellationToken: cancellationToken);
            foreach (var recommendation in page.Recommendations.Where(r => !held.Contains(r.Name["recommendations/".Length..])))
            {
                db.Recommendations.Add(new AdoptedRecommendation(
                    recommendation.Name["recommendations/".Length..], recommendation.Meeting["meetings/".Length..],
                    new LocalizedText(recommendation.Text.En, recommendation.Text.Fr, recommendation.Text.Ar),
                    recommendation.Themes.Select(t => t.StartsWith("themes/", StringComparison.Ordinal) ? t["themes/".Length..] : t),
                    recommendation.AdoptTime.ToDateTimeOffset()));
                copied += await SaveCopyAsync(db, cancellationToken) ? 1 : 0;
            }

            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return copied;
    }

    /// <summary>Commits one copy; false when the events copied it first (the same key is held already).</summary>
    private static async Task<bool> SaveCopyAsync(ActionDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueKeyViolation.Matches(ex))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
