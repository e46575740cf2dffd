using Mc2cm.Action.Data;
using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Events.Dialogue;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Action.Evidence;

/// <summary>Keeps the recommendations Dialogue's meetings adopt, for linking and for the chain; once each.</summary>
public sealed class RecommendationsAdoptedHandler(ActionDbContext db) : IIntegrationEventHandler<RecommendationsAdopted>
{
    public static string Queue => "recommendations-adopted-handler";

    public async Task HandleAsync(RecommendationsAdopted adopted, CancellationToken cancellationToken)
    {
        var ids = adopted.Recommendations.Select(r => r.RecommendationId).ToList();
        var held = await db.Recommendations.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        db.Recommendations.AddRange(adopted.Recommendations.Where(r => !held.Contains(r.RecommendationId)).Select(r => new AdoptedRecommendation(
            r.RecommendationId, adopted.MeetingId, new LocalizedText(r.Text.En, r.Text.Fr, r.Text.Ar), r.ThemeIds, adopted.OccurredAt)));
    }
}
