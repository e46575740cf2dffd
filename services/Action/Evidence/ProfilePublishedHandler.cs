using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Action.Data;
using Mc2cm.Contracts.Events.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Action.Evidence;

/// <summary>
/// Keeps what Knowledge publishes: the revision (for the chain and evidence) and its identified
/// priorities as the city's candidate priorities. Once per revision: the inbox drops redeliveries
/// and a revision already held is left as it is (a published revision never changes).
/// </summary>
public sealed class ProfilePublishedHandler(ActionDbContext db) : IIntegrationEventHandler<ProfilePublished>
{
    public static string Queue => "profile-published-handler";

    public async Task HandleAsync(ProfilePublished published, CancellationToken cancellationToken)
    {
        if (await db.PublishedProfiles.AnyAsync(p => p.CityId == published.CityId && p.Revision == published.Revision, cancellationToken))
        {
            return;
        }

        db.PublishedProfiles.Add(new PublishedProfile(published.CityId, published.Revision, published.Sections, published.OccurredAt));
        db.CandidatePriorities.AddRange(published.Priorities.Select(p => new CandidatePriority(
            published.CityId, published.Revision, p.Id, new LocalizedText(p.TextEn, p.TextFr, p.TextAr), p.Theme, published.OccurredAt)));
    }
}
