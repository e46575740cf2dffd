using MassTransit;
using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.Cities.Data;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Knowledge.Profiles;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Profile = Mc2cm.Contracts.Knowledge.V1.Profile;

namespace Mc2cm.Knowledge.Tests.Messaging;

/// <summary>Cities' events reach Knowledge through a real broker: a new city gets one draft profile, whatever is redelivered.</summary>
public sealed class CityEventsTests(KnowledgeApp app) : IClassFixture<KnowledgeApp>
{
    private static readonly TimeSpan Deadline = Poll.ThroughTheBroker;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_city_gets_one_empty_draft_even_when_its_events_come_again()
    {
        var inbox = app.Knowledge.Services.GetRequiredService<InboxMetrics>();
        var city = await app.NewCityAsync();
        await Poll.UntilAsync(async () => await app.QueryAsync(db => db.Profiles.AnyAsync(p => p.CityId == city, Ct)),
            Deadline, "the draft profile of the new city", Ct);
        await Poll.UntilAsync(async () => await app.QueryAsync(db => db.KnownCities.AnyAsync(c => c.Id == city && c.IsMember, Ct)),
            Deadline, "Knowledge to know the city as a member", Ct);

        // The same CityRegistered again (same message id, as a re-sending outbox does), then the same fact under a new id.
        var registered = await CitiesOutboxAsync(city, nameof(CityRegistered));
        var duplicatesBefore = inbox.Duplicates;
        var bus = app.Knowledge.Services.GetRequiredService<IBus>();
        var again = new CityRegistered(city, new CityNames("Oujda", "Oujda", string.Empty), "MA", "north-africa", DateTimeOffset.UtcNow);
        await bus.Publish(again, c => c.MessageId = registered, Ct);
        var freshId = NewId.NextGuid();
        await bus.Publish(again, c => c.MessageId = freshId, Ct);

        await Poll.UntilAsync(() => inbox.Duplicates >= duplicatesBefore + 2, Deadline, "both handlers to drop the redelivery", Ct);
        await Poll.UntilAsync(async () => await app.QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == freshId, Ct)) == 2,
            Deadline, "the new message to be handled by both handlers", Ct);
        var profile = await app.QueryAsync(db => db.Profiles.AsNoTracking().SingleAsync(p => p.CityId == city, Ct));
        Assert.Single(profile.Revisions);
        Assert.Equal((ProfileAction.Created, DraftProfileForNewCity.Actor), (Assert.Single(profile.History).Action, profile.History[0].Actor));
        Assert.Empty(profile.Revisions[0].Content.Synopsis?.En ?? string.Empty);
    }

    [Fact]
    public async Task A_renamed_city_is_renamed_in_knowledge()
    {
        var city = await app.NewCityAsync();
        var read = (await app.CityClient.GetCityAsync(new Contracts.Cities.V1.GetCityRequest { Name = $"cities/{city}" }, cancellationToken: Ct)).City;

        await app.CityClient.UpdateCityAsync(new Contracts.Cities.V1.UpdateCityRequest
        {
            City = new Contracts.Cities.V1.City { Name = read.Name, Etag = read.Etag, DisplayName = new() { Ar = "وجدة" } },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "display_name.ar" } },
        }, cancellationToken: Ct);

        // The copy of the city and the draft profile come through two queues: wait for the profile to show the new name.
        Profile? profile = null;
        await Poll.UntilAsync(async () =>
        {
            try
            {
                profile = (await app.Profiles.GetProfileAsync(new Contracts.Knowledge.V1.GetProfileRequest { Name = $"profiles/{city}", Revision = 1, Language = "ar" }, cancellationToken: Ct)).Profile;
                return profile.CityDisplayName.Text == "وجدة";
            }
            catch (Grpc.Core.RpcException ex) when (ex.StatusCode == Grpc.Core.StatusCode.NotFound)
            {
                return false;
            }
        }, Deadline, "the profile to show the new Arabic name", Ct);
        Assert.Equal("ar", profile!.CityDisplayName.Language);
    }

    private async Task<Guid> CitiesOutboxAsync(string city, string eventName)
    {
        await using var scope = app.Cities.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CitiesDbContext>();
        return await db.OutboxMessages.Where(m => m.AggregateName == $"cities/{city}" && m.EventType.EndsWith(eventName))
            .Select(m => m.MessageId).SingleAsync(Ct);
    }
}
