using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Testing;

namespace Mc2cm.Dialogue.Tests.Integration;

/// <summary>Registrations over HTTP/2: no double registration, the waiting list, closing when held, etags.</summary>
[Collection(DialogueCollection.Name)]
public sealed class RegistrationTests(DialogueApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Registration> RegisterAsync(string meeting, string? email = null) =>
        (await app.Registrations.RegisterParticipantAsync(MeetingRequests.Register(meeting, email), cancellationToken: Ct)).Registration;

    private async Task<Meeting> SmallMeetingAsync(int capacity)
    {
        var request = MeetingRequests.Create();
        request.Meeting.Capacity = capacity;
        return await app.ScheduleAsync(request);
    }

    [Fact]
    public async Task The_same_address_cannot_register_twice_for_a_meeting_and_learns_where_its_registration_is()
    {
        var meeting = await SmallMeetingAsync(10);
        var first = await RegisterAsync(meeting.Name, "amal.haddad@example.org");

        var error = await Assert.ThrowsAsync<RpcException>(() => app.Registrations.RegisterParticipantAsync(
            MeetingRequests.Register(meeting.Name, "Amal.Haddad@Example.org"), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal(first.Name, error.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName);
        Assert.DoesNotContain("amal", error.Status.Detail, StringComparison.OrdinalIgnoreCase);
        var stored = (await app.Meetings.GetMeetingAsync(new GetMeetingRequest { Name = meeting.Name }, cancellationToken: Ct)).Meeting;
        Assert.Equal(1, stored.RegisteredCount);
    }

    [Fact]
    public async Task A_full_meeting_puts_people_on_a_waiting_list_that_moves_up_when_a_seat_frees()
    {
        var meeting = await SmallMeetingAsync(2);
        var registrations = new List<Registration>();
        for (var i = 0; i < 4; i++)
        {
            registrations.Add(await RegisterAsync(meeting.Name));
        }

        var cancelled = (await app.Registrations.CancelRegistrationAsync(
            new CancelRegistrationRequest { Name = registrations[1].Name, Etag = registrations[1].Etag }, cancellationToken: Ct)).Registration;
        var listed = (await app.Registrations.ListRegistrationsAsync(new ListRegistrationsRequest { Parent = meeting.Name }, cancellationToken: Ct)).Registrations;

        Assert.Equal([(RegistrationState.Waitlisted, 1), (RegistrationState.Waitlisted, 2)], registrations.Skip(2).Select(r => (r.State, r.WaitlistPosition)));
        Assert.Equal(RegistrationState.Cancelled, cancelled.State);
        Assert.Equal(
            [RegistrationState.Registered, RegistrationState.Cancelled, RegistrationState.Registered, RegistrationState.Waitlisted],
            listed.Select(r => r.State));
        Assert.Equal(1, listed[3].WaitlistPosition);
    }

    [Fact]
    public async Task A_coordinator_lists_all_of_a_meetings_registrations_and_anyone_else_only_those_they_made()
    {
        var meeting = await SmallMeetingAsync(1);
        using var tunisChannel = app.Host.CreateGrpcChannel(SharedIssuer.TunisFocalPoint);
        using var sfaxChannel = app.Host.CreateGrpcChannel(SharedIssuer.SfaxFocalPoint);
        var tunis = new RegistrationsService.RegistrationsServiceClient(tunisChannel);
        var sfax = new RegistrationsService.RegistrationsServiceClient(sfaxChannel);
        var seated = await RegisterAsync(meeting.Name);
        var first = (await tunis.RegisterParticipantAsync(MeetingRequests.Register(meeting.Name), cancellationToken: Ct)).Registration;
        var second = (await tunis.RegisterParticipantAsync(MeetingRequests.Register(meeting.Name), cancellationToken: Ct)).Registration;

        var all = await app.Registrations.ListRegistrationsAsync(new ListRegistrationsRequest { Parent = meeting.Name }, cancellationToken: Ct);
        var theirs = await tunis.ListRegistrationsAsync(new ListRegistrationsRequest { Parent = meeting.Name, PageSize = 1 }, cancellationToken: Ct);
        var theirNext = await tunis.ListRegistrationsAsync(new ListRegistrationsRequest { Parent = meeting.Name, PageSize = 1, PageToken = theirs.NextPageToken }, cancellationToken: Ct);
        var others = await sfax.ListRegistrationsAsync(new ListRegistrationsRequest { Parent = meeting.Name }, cancellationToken: Ct);

        Assert.Equal([seated.Name, first.Name, second.Name], all.Registrations.Select(r => r.Name));
        Assert.Equal((2, string.Empty), (theirs.TotalSize, theirNext.NextPageToken));
        Assert.Equal([(first.Name, RegistrationState.Waitlisted, 1), (second.Name, RegistrationState.Waitlisted, 2)],
            theirs.Registrations.Concat(theirNext.Registrations).Select(r => (r.Name, r.State, r.WaitlistPosition)));
        Assert.Equal(first.Participant, theirs.Registrations[0].Participant);
        Assert.Equal(0, others.TotalSize);
        Assert.Empty(others.Registrations);
    }

    [Fact]
    public async Task Cancelling_with_a_stale_etag_is_aborted_and_changes_nothing()
    {
        var meeting = await SmallMeetingAsync(1);
        var seated = await RegisterAsync(meeting.Name);
        var waiting = await RegisterAsync(meeting.Name);
        await app.Registrations.CancelRegistrationAsync(new CancelRegistrationRequest { Name = seated.Name }, cancellationToken: Ct);

        // The waiting registration moved up, so the etag read before is stale.
        var error = await Assert.ThrowsAsync<RpcException>(() => app.Registrations.CancelRegistrationAsync(
            new CancelRegistrationRequest { Name = waiting.Name, Etag = waiting.Etag }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        var stored = (await app.Registrations.GetRegistrationAsync(new GetRegistrationRequest { Name = waiting.Name }, cancellationToken: Ct)).Registration;
        Assert.Equal(RegistrationState.Registered, stored.State);
    }

    [Fact]
    public async Task Registrations_close_when_the_meeting_is_held()
    {
        var held = await app.HeldAsync(participants: 2);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            app.Registrations.RegisterParticipantAsync(MeetingRequests.Register(held.Name), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("REGISTRATION_CLOSED", error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations.Single().Type);
        Assert.Equal(2, held.RegisteredCount);
    }

    [Fact]
    public async Task A_registration_names_each_bad_field_and_an_unknown_meeting_is_not_found()
    {
        var meeting = await SmallMeetingAsync(5);
        var bad = MeetingRequests.Register(meeting.Name, "not-an-address");
        bad.Registration.Participant.Role = ParticipantRole.Unspecified;
        bad.Registration.Participant.City = "Tunis";

        var invalid = await Assert.ThrowsAsync<RpcException>(() => app.Registrations.RegisterParticipantAsync(bad, cancellationToken: Ct).ResponseAsync);
        var missing = await Assert.ThrowsAsync<RpcException>(() =>
            app.Registrations.RegisterParticipantAsync(MeetingRequests.Register("meetings/atlantis-2031"), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(
            ["registration.participant.city", "registration.participant.role", "registration.participant.email"],
            invalid.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        var stored = (await app.Meetings.GetMeetingAsync(new GetMeetingRequest { Name = meeting.Name }, cancellationToken: Ct)).Meeting;
        Assert.Equal(0, stored.RegisteredCount);
    }
}
