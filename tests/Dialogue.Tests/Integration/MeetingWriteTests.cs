using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Dialogue.V1;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Dialogue.Tests.Integration;

/// <summary>Scheduling and changing meetings over HTTP/2: membership checks with Cities, the error model, nothing partial stored.</summary>
[Collection(DialogueCollection.Name)]
public sealed class MeetingWriteTests(DialogueApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<(int Meetings, int Outbox)> CountAsync() =>
        app.QueryAsync(async db => (await db.Meetings.CountAsync(Ct), await db.OutboxMessages.CountAsync(Ct)));

    private static async Task<RpcException> RefusedAsync<T>(AsyncUnaryCall<T> call) =>
        await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

    [Fact]
    public async Task A_scheduled_meeting_is_read_back_planned_with_its_first_etag()
    {
        var request = MeetingRequests.Create();

        var created = await app.ScheduleAsync(request);
        var read = (await app.Meetings.GetMeetingAsync(new GetMeetingRequest { Name = created.Name }, cancellationToken: Ct)).Meeting;

        Assert.Equal($"meetings/{request.MeetingId}", read.Name);
        Assert.Equal((MeetingState.Planned, "W/\"1\"", "cities/tunis", "Africa/Tunis"), (read.State, read.Etag, read.HostCity, read.TimeZone));
        Assert.Equal(request.Meeting.DisplayName.Fr, read.DisplayName.Fr);
        Assert.Equal(request.Meeting.Sessions, read.Sessions);
        Assert.Equal(request.Meeting.Documents, read.Documents);
        Assert.Equal((30, 0, 0), (read.Capacity, read.RegisteredCount, read.WaitlistedCount));
    }

    [Fact]
    public async Task A_host_that_is_not_a_member_is_refused_with_failed_precondition_naming_it_and_nothing_is_stored()
    {
        var city = await app.RegisterCityAsync(member: false);
        var before = await CountAsync();

        var error = await RefusedAsync(app.Meetings.CreateMeetingAsync(MeetingRequests.Create(host: $"cities/{city}"), cancellationToken: Ct));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal($"cities/{city} is not a member of the network from 2031-05-12 to 2031-05-13.", error.Status.Detail);
        Assert.Equal($"cities/{city}", error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations.Single().Subject);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_host_that_was_not_a_member_on_the_meetings_dates_is_refused()
    {
        // Tunis left with the end of phase I (January 2018) and joined phase II in July 2018.
        var request = MeetingRequests.Create(start: MeetingRequests.Day(2018, 3, 10), end: MeetingRequests.Day(2018, 3, 11));

        var error = await RefusedAsync(app.Meetings.CreateMeetingAsync(request, cancellationToken: Ct));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("cities/tunis", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_host_is_not_found()
    {
        var error = await RefusedAsync(app.Meetings.CreateMeetingAsync(MeetingRequests.Create(host: "cities/atlantis"), cancellationToken: Ct));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("cities/atlantis", error.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_every_field_named_and_nothing_is_stored()
    {
        var before = await CountAsync();
        var request = MeetingRequests.Create();
        request.Meeting.EndDate = MeetingRequests.Day(2031, 5, 1);
        request.Meeting.TimeZone = "Tunis";
        request.Meeting.Themes.Add("themes/atlantis");

        var error = await RefusedAsync(app.Meetings.CreateMeetingAsync(request, cancellationToken: Ct));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field);
        Assert.Equal(["meeting.themes[1]", "meeting.end_date", "meeting.time_zone"], fields);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_second_meeting_with_the_same_id_already_exists()
    {
        var request = MeetingRequests.Create();
        await app.ScheduleAsync(request);

        var error = await RefusedAsync(app.Meetings.CreateMeetingAsync(request, cancellationToken: Ct));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
    }

    [Fact]
    public async Task An_update_with_the_current_etag_applies_and_a_stale_one_is_aborted()
    {
        var created = await app.ScheduleAsync();
        var change = new UpdateMeetingRequest
        {
            Meeting = new Meeting { Name = created.Name, Etag = created.Etag, Capacity = 40, CoOrganiser = "UN-Habitat" },
            UpdateMask = new FieldMask { Paths = { "capacity", "co_organiser" } },
        };

        var updated = (await app.Meetings.UpdateMeetingAsync(change, cancellationToken: Ct)).Meeting;
        change.Meeting.Capacity = 50;
        var stale = await RefusedAsync(app.Meetings.UpdateMeetingAsync(change, cancellationToken: Ct));

        Assert.Equal((40, "UN-Habitat", "W/\"2\""), (updated.Capacity, updated.CoOrganiser, updated.Etag));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal("STALE_ETAG", stale.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        var stored = (await app.Meetings.GetMeetingAsync(new GetMeetingRequest { Name = created.Name }, cancellationToken: Ct)).Meeting;
        Assert.Equal((40, "W/\"2\""), (stored.Capacity, stored.Etag));
    }

    [Fact]
    public async Task Rescheduling_keeps_the_history_and_checks_the_new_host()
    {
        var created = await app.ScheduleAsync();
        var outsider = await app.RegisterCityAsync(member: false);
        var move = new RescheduleMeetingRequest
        {
            Name = created.Name, StartDate = MeetingRequests.Day(2031, 9, 22), EndDate = MeetingRequests.Day(2031, 9, 23),
            HostCity = "cities/sfax", Reason = "The venue in Tunis is taken.", Etag = created.Etag,
        };

        var moved = (await app.Meetings.RescheduleMeetingAsync(move, cancellationToken: Ct)).Meeting;
        move.HostCity = $"cities/{outsider}";
        move.Etag = moved.Etag;
        var refused = await RefusedAsync(app.Meetings.RescheduleMeetingAsync(move, cancellationToken: Ct));

        var change = Assert.Single(moved.ScheduleHistory);
        Assert.Equal(("cities/tunis", "cities/sfax", 12, 22), (change.PreviousHostCity, change.HostCity, change.PreviousStartDate.Day, change.StartDate.Day));
        Assert.Equal("The venue in Tunis is taken.", change.Reason);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        var stored = (await app.Meetings.GetMeetingAsync(new GetMeetingRequest { Name = created.Name }, cancellationToken: Ct)).Meeting;
        Assert.Equal(("cities/sfax", 1), (stored.HostCity, stored.ScheduleHistory.Count));
    }

    [Fact]
    public async Task A_meeting_goes_through_its_lifecycle_and_each_step_puts_its_event_in_the_outbox()
    {
        var held = await app.HeldAsync(MeetingKind.PoliticalConference);
        var adopted = await app.Outcomes.AdoptOutcomesAsync(new AdoptOutcomesRequest
        {
            Name = held.Name,
            Recommendations = { new Recommendation { Text = new() { En = "Give newcomers one door to every service." }, Themes = { "themes/refugee-reception" }, Addressees = { Addressee.Cities } } },
            PoliticalMessages = { new Mc2cm.Contracts.Common.V1.LocalizedText { En = "Cities welcome.", Fr = "Les villes accueillent." } },
        }, cancellationToken: Ct);

        Assert.Equal(MeetingState.Reported, adopted.Meeting.State);
        Assert.Equal([$"recommendations/{held.Name[9..]}-1"], adopted.Meeting.Recommendations);
        Assert.Equal("Les villes accueillent.", Assert.Single(adopted.Meeting.PoliticalMessages).Fr);
        var events = await app.QueryAsync(db => db.OutboxMessages.Where(m => m.AggregateName == held.Name).OrderBy(m => m.Id).Select(m => m.EventType).ToListAsync(Ct));
        Assert.Equal(["MeetingScheduled", "MeetingHeld", "RecommendationsAdopted"], events.Select(e => e.Split('.').Last()));
    }

    [Fact]
    public async Task A_meeting_still_to_come_cannot_be_marked_held_and_a_cancelled_one_stays_cancelled()
    {
        var created = await app.ScheduleAsync();
        await app.Meetings.ConfirmMeetingAsync(new ConfirmMeetingRequest { Name = created.Name }, cancellationToken: Ct);

        var early = await RefusedAsync(app.Meetings.MarkMeetingHeldAsync(new MarkMeetingHeldRequest { Name = created.Name }, cancellationToken: Ct));
        var cancelled = (await app.Meetings.CancelMeetingAsync(new CancelMeetingRequest { Name = created.Name, Reason = "Postponed sine die." }, cancellationToken: Ct)).Meeting;
        var again = await RefusedAsync(app.Meetings.ConfirmMeetingAsync(new ConfirmMeetingRequest { Name = created.Name }, cancellationToken: Ct));

        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);
        Assert.Equal((MeetingState.Cancelled, "Postponed sine die."), (cancelled.State, cancelled.CancelReason));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }
}
