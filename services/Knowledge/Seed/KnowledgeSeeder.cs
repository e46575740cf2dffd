using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Knowledge.Data;
using Mc2cm.Knowledge.Observations;
using Mc2cm.Knowledge.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Seed;

/// <summary>
/// Loads what is missing of the catalogue, the seeded figures and the phase I profiles. Seeded
/// profiles go through the workflow like any other, so publishing one raises ProfilePublished.
/// </summary>
internal sealed class KnowledgeSeeder(TimeProvider clock) : IDataSeeder<KnowledgeDbContext>
{
    public async Task SeedAsync(KnowledgeDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var indicators = await db.Indicators.Select(i => i.Code).ToListAsync(cancellationToken);
        db.Indicators.AddRange(IndicatorSeedData.All.Where(i => !indicators.Contains(i.Code)));

        var observations = await db.Observations.Select(o => new { o.CityId, o.IndicatorCode, o.ReferenceYear, o.BreakdownKey }).ToListAsync(cancellationToken);
        db.Observations.AddRange(ObservationSeedData.All
            .Where(d => !observations.Contains(new { d.CityId, d.IndicatorCode, d.ReferenceYear, BreakdownKey = d.Breakdown.Key }))
            .Select(d => Observation.Record(d, ProfileSeedData.Actor, now)));

        var profiles = await db.Profiles.Select(p => p.CityId).ToListAsync(cancellationToken);
        foreach (var city in ProfileSeedData.PhaseOneCities.Where(c => !profiles.Contains(c)))
        {
            db.Profiles.Add(Seeded(city, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Profile Seeded(string city, DateTimeOffset now)
    {
        var profile = Profile.StartEmpty(city, ProfileSeedData.Actor, now);
        if (ProfileSeedData.Published.TryGetValue(city, out var published))
        {
            profile.Edit(_ => published.Clone(), revision: null, ProfileSeedData.Actor, now);
            profile.Submit(ProfileSeedData.Actor, now);
            profile.Publish(ProfileSeedData.Actor, now);
        }
        else if (ProfileSeedData.Drafts.TryGetValue(city, out var draft))
        {
            profile.Edit(_ => draft.Clone(), revision: null, ProfileSeedData.Actor, now);
        }

        return profile;
    }
}
