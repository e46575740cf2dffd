using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Faults.Tests.Rig;
using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests;

/// <summary>
/// Every message is delivered twice on purpose (same message id, published twice to the broker):
/// Knowledge's inbox drops each second delivery, and each event has one effect.
/// </summary>
public sealed class DuplicateDeliveryTests(SharedBroker broker)
{
    private const int Messages = 100;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(1);
    private static readonly string[] Handlers = [InboxDrops.DraftProfiles, InboxDrops.KnownCities];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = FaultTest.Timeout)]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        await using var scene = FaultScene.OnSharedBroker("duplicate-delivery", broker);
        var (_, knowledge) = await scene.StartCitiesAndKnowledgeAsync(Ct);
        await using var queues = new BrokerQueues(scene.Broker);
        await queues.WaitForConsumersAsync(KnowledgeQueues.OfCityRegistered(scene), Deadline, Ct);

        var prefix = NewCities.Prefix("dd");
        var events = NewCities.Events(prefix, Messages);
        await using (var publisher = await RawPublisher.ConnectAsync(scene.Broker, Ct))
        {
            foreach (var e in events)
            {
                await publisher.PublishAsync(typeof(CityRegistered), CityRegisteredBody.For(e.CityId), e.MessageId, Ct);
                await publisher.PublishAsync(typeof(CityRegistered), CityRegisteredBody.For(e.CityId), e.MessageId, Ct);
            }
        }

        var consumption = await Consumption.WaitAsync(new KnowledgeDatabase(scene.KnowledgeDatabase), events, prefix, Deadline, Ct);
        var dropped = new Dictionary<string, int>();
        await Poll.UntilAsync(() =>
        {
            foreach (var handler in Handlers)
            {
                dropped[handler] = InboxDrops.Count(knowledge, handler);
            }

            return dropped.Values.All(d => d >= Messages);
        }, Deadline, "every second delivery to be dropped", Ct);

        FaultReport.Write("duplicate-delivery",
            $"{consumption} deliveries={2 * Messages} dropped_by_inbox={string.Join('+', Handlers.Select(h => dropped[h]))}");
        Assert.Equal((Messages, 0, 0), (consumption.Consumed, consumption.Duplicates, consumption.Lost));
        Assert.All(Handlers, h => Assert.Equal(Messages, dropped[h]));
    }
}
