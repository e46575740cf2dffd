using Google.Protobuf.WellKnownTypes;
using Mc2cm.Action.Data;
using Mc2cm.Action.Priorities;
using Mc2cm.BuildingBlocks.Localization;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Chains;

/// <summary>
/// Resolves the links of priorities and actions from Action's own copies of what Knowledge and
/// Dialogue published, so a chain answers even when those services are down. A link whose copy
/// has not arrived (yet) is shown unresolved, never dropped.
/// </summary>
public sealed class ChainAssembly(ActionDbContext db)
{
    public async Task<IReadOnlyList<Proto.ChainPriority>> PrioritiesAsync(IReadOnlyList<Priority> priorities, CancellationToken cancellationToken)
    {
        var cityIds = priorities.Select(p => p.CityId).Distinct().ToList();
        var profiles = await db.PublishedProfiles.AsNoTracking().Where(p => cityIds.Contains(p.CityId)).ToListAsync(cancellationToken);
        var candidates = await db.CandidatePriorities.AsNoTracking().Where(c => cityIds.Contains(c.CityId)).ToListAsync(cancellationToken);
        var recommendations = await RecommendationsAsync(priorities.SelectMany(p => p.Evidence).Where(e => !e.IsProfileFinding).Select(e => e.RecommendationId!), cancellationToken);

        return priorities.Select(priority =>
        {
            var link = new Proto.ChainPriority { Priority = priority.ResourceName, Text = priority.Text.ToProto(), State = priority.State.ToProto() };
            foreach (var finding in priority.Evidence.Where(e => e.IsProfileFinding))
            {
                var (city, revision) = PriorityRequestReader.ParseRevision(finding.ProfileRevision!);
                var profile = profiles.Find(p => p.CityId == city && p.Revision == revision);
                var candidate = candidates.Find(c => c.CityId == city && c.Revision == revision && c.PriorityId == finding.ProfilePriorityId);
                link.Findings.Add(new Proto.ChainFinding
                {
                    Revision = finding.ProfileRevision,
                    Section = finding.Section ?? string.Empty,
                    PriorityId = finding.ProfilePriorityId ?? string.Empty,
                    PriorityText = candidate?.Text.ToProto(),
                    PublishTime = profile is null ? null : Timestamp.FromDateTimeOffset(profile.PublishedAt),
                    Resolved = profile is not null,
                });
            }

            link.Recommendations.AddRange(priority.Evidence.Where(e => !e.IsProfileFinding).Select(e => recommendations[e.RecommendationId!]));
            return link;
        }).ToList();
    }

    /// <summary>Each recommendation id with its copy, or an unresolved link.</summary>
    public async Task<Dictionary<string, Proto.ChainRecommendation>> RecommendationsAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var copies = await db.Recommendations.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return wanted.ToDictionary(id => id, id =>
        {
            var link = new Proto.ChainRecommendation { Recommendation = $"recommendations/{id}", Resolved = copies.ContainsKey(id) };
            if (copies.TryGetValue(id, out var copy))
            {
                link.Meeting = $"meetings/{copy.MeetingId}";
                link.Text = copy.Text.ToProto();
                link.Themes.AddRange(copy.Themes);
            }

            return link;
        });
    }
}
