using System.Text.Json;
using MassTransit;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Cities.Data;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Events;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Contracts.Events.Knowledge;
using Mc2cm.Knowledge.Data;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Action.Tests.Messaging;

/// <summary>What Action does with Knowledge's and Cities' events, from the real services over a real broker: once each.</summary>
[Collection(nameof(ActionCollection))]
public sealed class IncomingEventsTests(ActionApp app)
{
    private static readonly TimeSpan Deadline = Poll.ThroughTheBroker;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_published_profile_gives_its_candidate_priorities_once_even_when_the_event_comes_again()
    {
        var city = await app.NewCityAsync();
        await app.PublishProfileAsync(city);
        await Poll.UntilAsync(() => app.QueryAsync(db => db.CandidatePriorities.AnyAsync(c => c.CityId == city, Ct)), Deadline, "the candidate priority", Ct);

        var original = await OutboxEventAsync<ProfilePublished, KnowledgeDbContext>(app.Knowledge.Services, $"profiles/{city}");
        var copyId = await RepublishAsync(original.MessageId, original.Event);
        await Poll.UntilAsync(() => app.QueryAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == copyId && m.Consumer.EndsWith("ProfilePublishedHandler"), Ct)),
            Deadline, "the copy to be handled", Ct);

        Assert.Equal((1, 1), await app.QueryAsync(async db => (
            await db.CandidatePriorities.CountAsync(c => c.CityId == city, Ct), await db.PublishedProfiles.CountAsync(p => p.CityId == city, Ct))));
        Assert.Equal(1, await app.QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == original.MessageId && m.Consumer.EndsWith("ProfilePublishedHandler"), Ct)));
    }

    [Fact]
    public async Task A_city_that_leaves_the_network_has_its_open_applications_put_on_hold_once()
    {
        var city = await app.NewCityAsync();
        var call = await app.OpenCallAsync();
        var application = (await app.Applications.SubmitApplicationAsync(new SubmitApplicationRequest { Application = Steps.SoundApplication(call, city) }, cancellationToken: Ct)).Application;
        Assert.Equal(ApplicationStatus.Eligible, application.Status);

        await app.CityClient.LeaveNetworkAsync(new LeaveNetworkRequest { Name = $"cities/{city}", LeftOn = DateOnly.FromDateTime(DateTime.UtcNow).ToProtoDate() }, cancellationToken: Ct);
        await Poll.UntilAsync(async () => (await GetAsync(application.Name)).Status == ApplicationStatus.OnHold, Deadline, "the application to be put on hold", Ct);
        var held = await GetAsync(application.Name);

        var original = await OutboxEventAsync<CityLeftNetwork, CitiesDbContext>(app.Cities.Services, $"cities/{city}");
        var copyId = await RepublishAsync(original.MessageId, original.Event);
        await Poll.UntilAsync(() => app.QueryAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == copyId && m.Consumer.EndsWith("HoldApplicationsOfDepartedCity"), Ct)),
            Deadline, "the copy to be handled", Ct);

        Assert.Equal(held.Etag, (await GetAsync(application.Name)).Etag);
    }

    [Fact]
    public async Task An_old_departure_of_a_city_that_came_back_leaves_its_open_applications_eligible()
    {
        // The history the Cities seed gives the phase I cities: a member, gone at the end of phase I, back for phase II.
        var city = await app.NewCityAsync(member: false);
        await JoinAsync(city, "phases/phase-1", new DateOnly(2016, 1, 1));
        await app.CityClient.LeaveNetworkAsync(new LeaveNetworkRequest { Name = $"cities/{city}", LeftOn = Steps.DateOf(new DateOnly(2018, 1, 31)) }, cancellationToken: Ct);
        await JoinAsync(city, "phases/phase-2", new DateOnly(2018, 7, 1));
        var call = await app.OpenCallAsync();
        var application = (await app.Applications.SubmitApplicationAsync(new SubmitApplicationRequest { Application = Steps.SoundApplication(call, city) }, cancellationToken: Ct)).Application;

        // The old departure reaches Action after the application exists (late, or redelivered under a new id).
        var departure = await OutboxEventAsync<CityLeftNetwork, CitiesDbContext>(app.Cities.Services, $"cities/{city}");
        var lateId = NewId.NextGuid();
        await app.Action.Services.GetRequiredService<IBus>().Publish(departure.Event, c => c.MessageId = lateId, Ct);
        await Poll.UntilAsync(() => app.QueryAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == lateId && m.Consumer.EndsWith("HoldApplicationsOfDepartedCity"), Ct)),
            Deadline, "the late departure to be handled", Ct);

        var after = await GetAsync(application.Name);
        Assert.Equal((ApplicationStatus.Eligible, application.Etag), (after.Status, after.Etag));
    }

    private Task JoinAsync(string city, string phase, DateOnly joinedOn) =>
        app.CityClient.JoinNetworkAsync(new JoinNetworkRequest { Name = $"cities/{city}", Phase = phase, JoinedOn = Steps.DateOf(joinedOn) }, cancellationToken: Ct).ResponseAsync;

    private async Task<Application> GetAsync(string name) =>
        (await app.Applications.GetApplicationAsync(new GetApplicationRequest { Name = name }, cancellationToken: Ct)).Application;

    /// <summary>The same message again (a redelivery), then the same fact under a new message id; returns the new id.</summary>
    private async Task<Guid> RepublishAsync<TEvent>(Guid messageId, TEvent integrationEvent)
        where TEvent : class
    {
        var bus = app.Action.Services.GetRequiredService<IBus>();
        await bus.Publish(integrationEvent, c => c.MessageId = messageId, Ct);
        var copyId = NewId.NextGuid();
        await bus.Publish(integrationEvent, c => c.MessageId = copyId, Ct);
        return copyId;
    }

    private static async Task<(Guid MessageId, TEvent Event)> OutboxEventAsync<TEvent, TContext>(IServiceProvider services, string aggregate)
        where TEvent : IIntegrationEvent
        where TContext : ServiceDbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var message = await db.OutboxMessages.SingleAsync(m => m.AggregateName == aggregate && m.EventType == typeof(TEvent).FullName, Ct);
        return (message.MessageId, JsonSerializer.Deserialize<TEvent>(message.Payload, JsonSerializerOptions.Web)!);
    }
}
