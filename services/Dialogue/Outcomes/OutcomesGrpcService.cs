using Grpc.Core;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Dialogue.Data;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Dialogue.Themes;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Outcomes;

/// <summary>mc2cm.dialogue.v1.OutcomesService: a held meeting adopts its outcomes; recommendations are read by anyone.</summary>
public sealed class OutcomesGrpcService(DialogueDbContext db, TimeProvider clock) : Proto.OutcomesService.OutcomesServiceBase
{
    public override async Task<Proto.AdoptOutcomesResponse> AdoptOutcomes(Proto.AdoptOutcomesRequest request, ServerCallContext context)
    {
        var input = OutcomeRequestReader.ReadAdopt(request, await db.ThemeIdsAsync(context.CancellationToken));
        var meeting = await db.Meetings.LoadForWriteAsync(Meeting.Resource, input.MeetingId, input.Etag, context.CancellationToken);
        var adopted = meeting.AdoptOutcomes(input.Recommendations, input.PoliticalMessages, clock.GetUtcNow());
        db.Recommendations.AddRange(adopted);
        await db.SaveChangesAsync(context.CancellationToken);
        var response = new Proto.AdoptOutcomesResponse { Meeting = await db.ToProtoAsync(meeting, null, context.CancellationToken) };
        response.Recommendations.AddRange(adopted.Select(r => r.ToProto(null)));
        return response;
    }

    public override async Task<Proto.ListRecommendationsResponse> ListRecommendations(Proto.ListRecommendationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var meetingId = violations.ReadFilter("meeting", request.Meeting, MeetingRequestReader.Collection);
        var themeId = violations.ReadFilter("theme", request.Theme, "themes");
        var addressee = violations.ReadEnum<Addressee>("addressee", request.Addressee, required: false);
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken, request.Meeting, request.Theme, request.Addressee);
        var language = ReaderLanguage.Read(violations, "language", request.Language, context);
        violations.ThrowIfAny();

        var recommendations = db.Recommendations.AsNoTracking();
        if (meetingId is not null) recommendations = recommendations.Where(r => r.MeetingId == meetingId);
        if (themeId is not null) recommendations = recommendations.Where(r => r.ThemeIds.Contains(themeId));
        if (addressee is { } a) recommendations = recommendations.Where(r => r.Addressees.Contains(a));
        var listed = await recommendations.OrderByDescending(r => r.AdoptedAt).ThenBy(r => r.MeetingId).ThenBy(r => r.Number).ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListRecommendationsResponse { TotalSize = listed.TotalSize, NextPageToken = listed.NextPageToken };
        response.Recommendations.AddRange(listed.Items.Select(r => r.ToProto(language)));
        return response;
    }

    public override async Task<Proto.GetRecommendationResponse> GetRecommendation(Proto.GetRecommendationRequest request, ServerCallContext context)
    {
        var (id, language) = References.ReadGet(request.Name, "recommendations", request.Language, context);
        var recommendation = await db.Recommendations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Recommendation", $"recommendations/{id}");
        return new Proto.GetRecommendationResponse { Recommendation = recommendation.ToProto(language) };
    }
}
