using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Cities.Tests.Messaging;

/// <summary>Events leave through the outbox and reach the real broker.</summary>
public sealed class CityEventsTests(CitiesApp app) : IClassFixture<CitiesApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_registered_city_is_published_with_its_outbox_message_id_and_marked_sent()
    {
        await using var queue = await EventQueue.BindAsync(app.BrokerConnectionString, typeof(CityRegistered), Ct);
        var request = CityRequests.Create();

        await app.Cities.CreateCityAsync(request, cancellationToken: Ct);

        await Poll.UntilAsync(async () => (await queue.DrainAsync(Ct)).Any(e => e.Text("cityId") == request.CityId),
            Poll.ThroughTheBroker, "CityRegistered on the broker", Ct);
        var received = queue.Received.Single(e => e.Text("cityId") == request.CityId);
        var outbox = await app.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.AggregateName == $"cities/{request.CityId}", Ct));
        Assert.Equal(outbox.MessageId, received.MessageId);
        Assert.Equal(("TN", "north-africa"), (received.Text("countryCode"), received.Text("region")));
        await Poll.UntilAsync(async () => await app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Id == outbox.Id && m.SentAt != null, Ct)),
            Poll.ThroughTheBroker, "the outbox message to be marked sent", Ct);
    }

    [Fact]
    public async Task Events_carry_no_personal_data()
    {
        await using var queue = await EventQueue.BindAsync(app.BrokerConnectionString, typeof(CityRegistered), Ct);
        var request = CityRequests.Create();

        await app.Cities.CreateCityAsync(request, cancellationToken: Ct);

        await Poll.UntilAsync(async () => (await queue.DrainAsync(Ct)).Any(e => e.Text("cityId") == request.CityId),
            Poll.ThroughTheBroker, "CityRegistered on the broker", Ct);
        var json = queue.Received.Single(e => e.Text("cityId") == request.CityId).Message.GetRawText();
        Assert.DoesNotContain("amal@example.org", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Amal Ben Salah", json, StringComparison.OrdinalIgnoreCase);
    }
}
