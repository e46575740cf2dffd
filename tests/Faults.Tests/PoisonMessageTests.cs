using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Faults.Tests.Rig;
using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests;

/// <summary>
/// A message no handler can apply (a CityRegistered that names no city) fails on every attempt:
/// after its retries it is parked in each queue's _error queue with MassTransit's fault headers
/// (the reason), and the good messages behind it are all handled.
/// </summary>
public sealed class PoisonMessageTests(SharedBroker broker)
{
    private const int MessagesBehind = 20;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = FaultTest.Timeout)]
    public async Task A_message_that_always_fails_is_parked_with_its_reason_and_the_queue_keeps_flowing()
    {
        await using var scene = FaultScene.OnSharedBroker("poison-message", broker);
        await scene.StartCitiesAndKnowledgeAsync(Ct);
        await using var queues = new BrokerQueues(scene.Broker);
        var knowledgeQueues = KnowledgeQueues.OfCityRegistered(scene);
        await queues.WaitForConsumersAsync(knowledgeQueues, Deadline, Ct);

        var poisonId = Guid.NewGuid();
        var prefix = NewCities.Prefix("pm");
        var behind = NewCities.Events(prefix, MessagesBehind);
        await using (var publisher = await RawPublisher.ConnectAsync(scene.Broker, Ct))
        {
            await publisher.PublishAsync(typeof(CityRegistered), CityRegisteredBody.WithoutCity(), poisonId, Ct);
            foreach (var e in behind)
            {
                await publisher.PublishAsync(typeof(CityRegistered), CityRegisteredBody.For(e.CityId), e.MessageId, Ct);
            }
        }

        var knowledge = new KnowledgeDatabase(scene.KnowledgeDatabase);
        var consumption = await Consumption.WaitAsync(knowledge, behind, prefix, Deadline, Ct);
        var parked = new List<ParkedMessage>();
        foreach (var queue in knowledgeQueues)
        {
            ParkedMessage? message = null;
            await Poll.UntilAsync(async () => (message = await queues.TakeAsync($"{queue}_error", Ct)) is not null, Deadline, $"the poison in {queue}_error", Ct);
            parked.Add(message!);
        }

        var poisonHandled = (await knowledge.InboxAsync(Ct)).Count(r => r.MessageId == poisonId);
        var reason = $"{parked[0].ExceptionType}: {parked[0].Reason}";
        FaultReport.Write("poison-message",
            $"{consumption} poison=1 parked_in_error_queues={parked.Count(p => p.MessageId == poisonId.ToString())} " +
            $"poison_effects={poisonHandled} reason=\"{(reason.Length > 90 ? reason[..90] + "…" : reason)}\"");
        Assert.Equal((MessagesBehind, 0, 0), (consumption.Consumed, consumption.Duplicates, consumption.Lost));
        Assert.All(parked, p =>
        {
            Assert.Equal(poisonId.ToString(), p.MessageId);
            Assert.False(string.IsNullOrWhiteSpace(p.ExceptionType));
            Assert.Contains("CityRegistered names no city", p.Reason, StringComparison.Ordinal);
        });
        Assert.Equal(0, poisonHandled);
    }
}
