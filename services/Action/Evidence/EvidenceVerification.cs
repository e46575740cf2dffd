using Grpc.Core;
using Mc2cm.Action.Priorities;
using Mc2cm.Domain.Validation;
using Knowledge = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Action.Evidence;

/// <summary>
/// Checks evidence with the services that own it, over gRPC: a profile finding must be a
/// published revision of the priority's own city, with that section (and identified priority);
/// a recommendation must exist in Dialogue. Unknown evidence is bad input; an owner that cannot
/// be reached makes the call Unavailable.
/// </summary>
public sealed class EvidenceVerification(Knowledge.ProfilesService.ProfilesServiceClient profiles, RecommendationLookup recommendations)
{
    public async Task VerifyAsync(string cityId, IReadOnlyList<PriorityEvidence> evidence, string field, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        for (var i = 0; i < evidence.Count; i++)
        {
            var item = evidence[i];
            if (item.IsProfileFinding)
            {
                await VerifyFindingAsync(violations, $"{field}[{i}].profile", cityId, item, cancellationToken);
            }
            else if (!await recommendations.ExistsAsync(item.RecommendationId!, cancellationToken))
            {
                violations.Add($"{field}[{i}].recommendation", $"recommendations/{item.RecommendationId} was not adopted at any meeting.", FieldReasons.UnknownReference);
            }
        }

        violations.ThrowIfAny();
    }

    private async Task VerifyFindingAsync(FieldViolations violations, string field, string cityId, PriorityEvidence finding, CancellationToken cancellationToken)
    {
        var (revisionCity, number) = PriorityRequestReader.ParseRevision(finding.ProfileRevision!);
        if (revisionCity != cityId)
        {
            violations.Add($"{field}.revision", $"is a profile of cities/{revisionCity}, not of cities/{cityId}.", FieldReasons.UnknownReference);
            return;
        }

        Knowledge.Profile profile;
        try
        {
            profile = (await profiles.GetProfileAsync(new Knowledge.GetProfileRequest { Name = $"profiles/{revisionCity}", Revision = number }, cancellationToken: cancellationToken)).Profile;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            violations.Add($"{field}.revision", $"{finding.ProfileRevision} does not exist.", FieldReasons.UnknownReference);
            return;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied)
        {
            // Action asks as the public does: a revision the public may not read is not published.
            violations.Add($"{field}.revision", $"{finding.ProfileRevision} is not published; only published findings are evidence.", FieldReasons.UnknownReference);
            return;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The Knowledge service cannot be reached to check the evidence; try again shortly."));
        }

        if (profile.Revision.State != Knowledge.ProfileState.Published)
        {
            violations.Add($"{field}.revision", $"{finding.ProfileRevision} is not published; only published findings are evidence.", FieldReasons.UnknownReference);
        }
        else if (finding.ProfilePriorityId is { } priorityId && profile.Revision.Content.Priorities.All(p => p.Id != priorityId))
        {
            violations.Add($"{field}.priority_id", $"{finding.ProfileRevision} identifies no priority \"{priorityId}\".", FieldReasons.UnknownReference);
        }
    }
}
