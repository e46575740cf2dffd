using Grpc.Core;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Mc2cm.Dialogue.Data;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>
/// mc2cm.dialogue.v1.MeetingsService: reads check the request, writes go through the Meeting
/// rules. This file holds the reads and the calendar's "next meeting"; the writes are in
/// MeetingsGrpcService.Writes.cs.
/// </summary>
public sealed partial class MeetingsGrpcService(DialogueDbContext db, CityMembership membership, TimeProvider clock)
    : Proto.MeetingsService.MeetingsServiceBase
{
    public override async Task<Proto.ListMeetingsResponse> ListMeetings(Proto.ListMeetingsRequest request, ServerCallContext context)
    {
        var query = MeetingListQuery.Read(request, context);
        var meetings = query.Filter.Apply(db.Meetings.AsNoTracking());
        var listed = await query.Order(meetings).ReadPageAsync(query.Page, context.CancellationToken);
        var response = new Proto.ListMeetingsResponse { TotalSize = listed.TotalSize, NextPageToken = listed.NextPageToken };
        response.Meetings.AddRange(await db.ToProtoAsync(listed.Items, query.Language, context.CancellationToken));
        return response;
    }

    public override async Task<Proto.GetNextMeetingResponse> GetNextMeeting(Proto.GetNextMeetingRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var filter = new MeetingFilter(
            violations.ReadFilter("theme", request.Theme, "themes"),
            violations.ReadFilter("city", request.City, "cities"),
            violations.ReadEnum<MeetingKind>("kind", request.Kind, required: false),
            From: null, To: null, State: null);
        var language = ReaderLanguage.Read(violations, "language", request.Language, context);
        violations.ThrowIfAny();

        var now = clock.GetUtcNow();
        // "Not ended" depends on each meeting's time zone: take the candidates around today in UTC
        // (no zone is more than a day away), then decide in each meeting's own zone.
        var yesterday = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1);
        var candidates = await filter.Apply(db.Meetings.AsNoTracking())
            .Where(m => (m.State == MeetingState.Planned || m.State == MeetingState.Confirmed) && m.Dates.End >= yesterday)
            .OrderBy(m => m.Dates.Start).ThenBy(m => m.Id).Take(20).ToListAsync(context.CancellationToken);
        var next = candidates.FirstOrDefault(m => !m.Dates.HasEnded(now))
            ?? throw new NotFoundException("Meeting", "meetings:next");
        return new Proto.GetNextMeetingResponse { Meeting = await db.ToProtoAsync(next, language, context.CancellationToken) };
    }

    public override async Task<Proto.GetMeetingResponse> GetMeeting(Proto.GetMeetingRequest request, ServerCallContext context)
    {
        var (id, language) = References.ReadGet(request.Name, MeetingRequestReader.Collection, request.Language, context);
        var meeting = await db.Meetings.GetAsync(Meeting.Resource, id, context.CancellationToken);
        return new Proto.GetMeetingResponse { Meeting = await db.ToProtoAsync(meeting, language, context.CancellationToken) };
    }
}
