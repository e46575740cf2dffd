using Grpc.Core;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Dialogue.Registrations;
using Mc2cm.Dialogue.Themes;
using Mc2cm.Domain.Errors;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>The writes of MeetingsService: schedule, update and the lifecycle's custom methods.</summary>
public sealed partial class MeetingsGrpcService
{
    public override async Task<Proto.CreateMeetingResponse> CreateMeeting(Proto.CreateMeetingRequest request, ServerCallContext context)
    {
        var input = MeetingRequestReader.ReadCreate(request, await db.ThemeIdsAsync(context.CancellationToken));
        if (await db.Meetings.FindAsync([input.Id], context.CancellationToken) is not null)
        {
            throw new AlreadyExistsException("Meeting", $"meetings/{input.Id}");
        }

        await EnsureHostAsync(input.HostCityId, input.Dates, context.CancellationToken);
        var meeting = Meeting.Schedule(input, clock.GetUtcNow());
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CreateMeetingResponse { Meeting = await db.ToProtoAsync(meeting, null, context.CancellationToken) };
    }

    public override async Task<Proto.UpdateMeetingResponse> UpdateMeeting(Proto.UpdateMeetingRequest request, ServerCallContext context)
    {
        var update = MeetingRequestReader.ReadUpdate(request, await db.ThemeIdsAsync(context.CancellationToken));
        var meeting = await db.Meetings.LoadForWriteAsync(Meeting.Resource, update.Id, update.Etag, context.CancellationToken);
        var waiting = update.Changes.Capacity is null ? [] : await db.Registrations.WaitingListAsync(meeting.Id, context.CancellationToken);
        meeting.Update(update.Changes, waiting, clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.UpdateMeetingResponse { Meeting = await db.ToProtoAsync(meeting, null, context.CancellationToken) };
    }

    public override async Task<Proto.ConfirmMeetingResponse> ConfirmMeeting(Proto.ConfirmMeetingRequest request, ServerCallContext context)
    {
        var meeting = await db.Meetings.LoadForWriteAsync(Meeting.Resource, MeetingRequestReader.ReadName(request.Name), request.Etag, context.CancellationToken);
        // Membership may have changed since the meeting was scheduled (and its event may not have arrived yet).
        await EnsureHostAsync(meeting.HostCityId, meeting.Dates, context.CancellationToken);
        meeting.Confirm(clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.ConfirmMeetingResponse { Meeting = await db.ToProtoAsync(meeting, null, context.CancellationToken) };
    }

    public override async Task<Proto.RescheduleMeetingResponse> RescheduleMeeting(Proto.RescheduleMeetingRequest request, ServerCallContext context)
    {
        var move = MeetingRequestReader.ReadReschedule(request);
        var meeting = await db.Meetings.LoadForWriteAsync(Meeting.Resource, move.Id, move.Etag, context.CancellationToken);
        meeting.Reschedule(move, context.Actor(), clock.GetUtcNow());
        await EnsureHostAsync(meeting.HostCityId, meeting.Dates, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.RescheduleMeetingResponse { Meeting = await db.ToProtoAsync(meeting, null, context.CancellationToken) };
    }

    public override async Task<Proto.CancelMeetingResponse> CancelMeeting(Proto.CancelMeetingRequest request, ServerCallContext context)
    {
        var cancel = MeetingRequestReader.ReadCancel(request);
        var meeting = await db.Meetings.LoadForWriteAsync(Meeting.Resource, cancel.Id, cancel.Etag, context.CancellationToken);
        meeting.Cancel(cancel.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CancelMeetingResponse { Meeting = await db.ToProtoAsync(meeting, null, context.CancellationToken) };
    }

    public override async Task<Proto.MarkMeetingHeldResponse> MarkMeetingHeld(Proto.MarkMeetingHeldRequest request, ServerCallContext context)
    {
        var meeting = await db.Meetings.LoadForWriteAsync(Meeting.Resource, MeetingRequestReader.ReadName(request.Name), request.Etag, context.CancellationToken);
        meeting.MarkHeld(clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.MarkMeetingHeldResponse { Meeting = await db.ToProtoAsync(meeting, null, context.CancellationToken) };
    }

    /// <summary>A host city must exist and be a member on every day of the meeting; Cities answers over gRPC.</summary>
    private async Task EnsureHostAsync(string? hostCityId, MeetingDates dates, CancellationToken cancellationToken)
    {
        if (hostCityId is not null)
        {
            await membership.EnsureMemberAsync(hostCityId, (dates.Start, dates.End), cancellationToken);
        }
    }
}
