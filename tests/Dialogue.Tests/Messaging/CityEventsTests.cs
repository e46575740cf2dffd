using Google.Protobuf.WellKnownTypes;
using MassTransit;
using Mc2cm.Cities.Data;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Dialogue.Tests.Messaging;

/// <summary>What Dialogue does with Cities' events, from a real Cities service over a real broker.</summary>
[Collection(DialogueCollection.Name)]
public sealed class CityEventsTests(DialogueApp app)
{
    private static readonly TimeSpan Deadline = Poll.ThroughTheBroker;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Meeting> GetAsync(string name) =>
        (await app.Meetings.GetMeetingAsync(new GetMeetingRequest { Name = name }, cancellationToken: Ct)).Meeting;

    [Fact]
    public async Task A_host_that_leaves_the_network_flags_its_planned_meeting_once_even_when_the_event_comes_twice()
    {
        var city = await app.RegisterCityAsync(member: true);
        var meeting = await app.ScheduleAsync(MeetingRequests.Create(host: $"cities/{city}"));

        await app.Cities.LeaveNetworkAsync(new LeaveNetworkRequest
        {
            Name = $"cities/{city}", LeftOn = DateOnly.FromDateTime(DateTime.UtcNow).ToProtoDate(),
        }, cancellationToken: Ct);
        await Poll.UntilAsync(async () => (await GetAsync(meeting.Name)).Flag is not null, Deadline, "the meeting to be flagged", Ct);
        var flagged = await GetAsync(meeting.Name);

        // The same message again (a redelivery), then the same fact under a new message id.
        var original = await CityLeftOutboxMessageAsync(city);
        var bus = app.Host.Services.GetRequiredService<IBus>();
        await bus.Publish(original.Event, c => c.MessageId = original.MessageId, Ct);
        var copyId = NewId.NextGuid();
        await bus.Publish(original.Event, c => c.MessageId = copyId, Ct);
        await Poll.UntilAsync(() => app.QueryAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == copyId && m.Consumer.EndsWith("HostCityLeftHandler"), Ct)),
            Deadline, "the copy to be handled", Ct);

        var after = await GetAsync(meeting.Name);
        Assert.Equal((MeetingFlagReason.HostLeftNetwork, MeetingState.Planned), (after.Flag.Reason, after.State));
        Assert.Contains($"cities/{city} left the network", after.Flag.Description, StringComparison.Ordinal);
        Assert.Equal(flagged.Etag, after.Etag);
        Assert.Equal(1, await app.QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == original.MessageId && m.Consumer.EndsWith("HostCityLeftHandler"), Ct)));
        var onList = await app.Meetings.ListMeetingsAsync(new ListMeetingsRequest { City = $"cities/{city}", Flagged = true }, cancellationToken: Ct);
        Assert.Equal([meeting.Name], onList.Meetings.Select(m => m.Name));
    }

    [Fact]
    public async Task A_host_that_left_and_came_back_keeps_its_meetings_unflagged_when_the_old_departure_arrives_late()
    {
        // The history the Cities seed gives the phase I cities: a member, gone at the end of phase I, back for phase II.
        var city = await app.RegisterCityAsync(member: false);
        await JoinAsync(city, "phases/phase-1", new DateOnly(2016, 1, 1));
        await app.Cities.LeaveNetworkAsync(new LeaveNetworkRequest
        {
            Name = $"cities/{city}", LeftOn = new DateOnly(2018, 1, 31).ToProtoDate(),
        }, cancellationToken: Ct);
        await JoinAsync(city, "phases/phase-2", new DateOnly(2018, 7, 1));
        var meeting = await app.ScheduleAsync(MeetingRequests.Create(host: $"cities/{city}"));

        // The old departure reaches Dialogue after the meeting exists (late, or redelivered under a new id).
        var departure = await CityLeftOutboxMessageAsync(city);
        var lateId = NewId.NextGuid();
        await app.Host.Services.GetRequiredService<IBus>().Publish(departure.Event, c => c.MessageId = lateId, Ct);
        await Poll.UntilAsync(() => app.QueryAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == lateId && m.Consumer.EndsWith("HostCityLeftHandler"), Ct)),
            Deadline, "the late departure to be handled", Ct);

        var after = await GetAsync(meeting.Name);
        Assert.Null(after.Flag);
        Assert.Equal(meeting.Etag, after.Etag);
    }

    [Fact]
    public async Task A_renamed_host_city_shows_its_new_name_on_its_meetings()
    {
        var city = await app.RegisterCityAsync(member: true);
        var meeting = await app.ScheduleAsync(MeetingRequests.Create(host: $"cities/{city}"));
        await Poll.UntilAsync(async () => (await GetAsync(meeting.Name)).HostCityDisplayName?.En == "Oujda", Deadline, "the host's name from CityRegistered", Ct);
        var current = (await app.Cities.GetCityAsync(new GetCityRequest { Name = $"cities/{city}" }, cancellationToken: Ct)).City;

        await app.Cities.UpdateCityAsync(new UpdateCityRequest
        {
            City = new City { Name = current.Name, Etag = current.Etag, DisplayName = new() { En = "Oujda (Wajda)" } },
            UpdateMask = new FieldMask { Paths = { "display_name.en" } },
        }, cancellationToken: Ct);

        await Poll.UntilAsync(async () => (await GetAsync(meeting.Name)).HostCityDisplayName?.En == "Oujda (Wajda)", Deadline, "the host's new name from CityUpdated", Ct);
        Assert.Equal("وجدة", (await GetAsync(meeting.Name)).HostCityDisplayName.Ar);
    }

    private Task JoinAsync(string city, string phase, DateOnly joinedOn) =>
        app.Cities.JoinNetworkAsync(new JoinNetworkRequest { Name = $"cities/{city}", Phase = phase, JoinedOn = joinedOn.ToProtoDate() }, cancellationToken: Ct).ResponseAsync;

    private async Task<(Guid MessageId, CityLeftNetwork Event)> CityLeftOutboxMessageAsync(string city)
    {
        await using var scope = app.CitiesHost.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CitiesDbContext>();
        var message = await db.OutboxMessages.SingleAsync(m => m.AggregateName == $"cities/{city}" && m.EventType == typeof(CityLeftNetwork).FullName, Ct);
        return (message.MessageId, System.Text.Json.JsonSerializer.Deserialize<CityLeftNetwork>(message.Payload, System.Text.Json.JsonSerializerOptions.Web)!);
    }
}
