using Mc2cm.Contracts.Dialogue.V1;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Dialogue.Tests.Integration;

/// <summary>
/// Forty clients race for ten seats, all at once over HTTP/2: exactly ten get a seat, the other
/// thirty wait in line, and the database agrees with every answer the clients got.
/// </summary>
[Collection(DialogueCollection.Name)]
public sealed class LastSeatTests(DialogueApp app)
{
    private const int Seats = 10;
    private const int Clients = 40;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Forty_clients_racing_for_ten_seats_give_ten_registered_and_thirty_waitlisted()
    {
        var request = MeetingRequests.Create();
        request.Meeting.Capacity = Seats;
        var meeting = await app.ScheduleAsync(request);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racers = Enumerable.Range(0, Clients).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return (await app.Registrations.RegisterParticipantAsync(
                MeetingRequests.Register(meeting.Name, $"racer{i}-{Guid.NewGuid():N}@example.org"), cancellationToken: Ct)).Registration;
        }, Ct)).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(racers);

        Assert.Equal(Seats, answers.Count(r => r.State == RegistrationState.Registered));
        Assert.Equal(Clients - Seats, answers.Count(r => r.State == RegistrationState.Waitlisted));
        var stored = (await app.Meetings.GetMeetingAsync(new GetMeetingRequest { Name = meeting.Name }, cancellationToken: Ct)).Meeting;
        Assert.Equal((Seats, Clients - Seats), (stored.RegisteredCount, stored.WaitlistedCount));
        var id = meeting.Name["meetings/".Length..];
        var rows = await app.QueryAsync(db => db.Registrations.Where(r => r.MeetingId == id).OrderBy(r => r.Number).ToListAsync(Ct));
        Assert.Equal(Enumerable.Range(1, Clients), rows.Select(r => r.Number));
        Assert.All(rows.Take(Seats), r => Assert.Equal(Registrations.RegistrationState.Registered, r.State));
        Assert.All(rows.Skip(Seats), r => Assert.Equal(Registrations.RegistrationState.Waitlisted, r.State));
    }

    [Fact]
    public async Task After_the_race_a_cancellation_gives_the_seat_to_the_first_in_line()
    {
        var request = MeetingRequests.Create();
        request.Meeting.Capacity = Seats;
        var meeting = await app.ScheduleAsync(request);
        var answers = await Task.WhenAll(Enumerable.Range(0, Seats + 5).Select(_ =>
            app.Registrations.RegisterParticipantAsync(MeetingRequests.Register(meeting.Name), cancellationToken: Ct).ResponseAsync));
        var seated = answers.First(a => a.Registration.State == RegistrationState.Registered).Registration;
        var firstInLine = answers.Single(a => a.Registration.WaitlistPosition == 1).Registration;

        await app.Registrations.CancelRegistrationAsync(new CancelRegistrationRequest { Name = seated.Name }, cancellationToken: Ct);

        var movedUp = (await app.Registrations.GetRegistrationAsync(new GetRegistrationRequest { Name = firstInLine.Name }, cancellationToken: Ct)).Registration;
        var nowFirst = (await app.Registrations.ListRegistrationsAsync(
            new ListRegistrationsRequest { Parent = meeting.Name, State = RegistrationState.Waitlisted }, cancellationToken: Ct)).Registrations;
        Assert.Equal((RegistrationState.Registered, 0), (movedUp.State, movedUp.WaitlistPosition));
        Assert.Equal([1, 2, 3, 4], nowFirst.Select(r => r.WaitlistPosition));
        var stored = (await app.Meetings.GetMeetingAsync(new GetMeetingRequest { Name = meeting.Name }, cancellationToken: Ct)).Meeting;
        Assert.Equal((Seats, 4), (stored.RegisteredCount, stored.WaitlistedCount));
    }
}
