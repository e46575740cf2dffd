using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Faults.Tests.Rig;
using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests;

/// <summary>
/// RabbitMQ is killed (SIGKILL) in the middle of a burst of city registrations and started again
/// on its data while the burst goes on: writes succeed throughout, and every event reaches
/// Knowledge, with one effect each.
/// The test has a node of its own, since it kills it.
/// </summary>
public sealed class BrokerRestartTests
{
    private const int Writes = 500;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = FaultTest.Timeout)]
    public async Task Every_event_of_a_burst_is_consumed_once_across_a_broker_crash_and_restart()
    {
        await using var scene = await FaultScene.WithOwnBrokerAsync("broker-restart", Ct);
        var (citiesProcess, knowledge) = await scene.StartCitiesAndKnowledgeAsync(Ct);
        await using var published = await EventQueue.BindAsync(scene.Broker, typeof(CityRegistered), Ct);
        using var channel = citiesProcess.CreateGrpcChannel();
        // A third of the writes before the crash, a third while the broker is down, a third after its
        // restart: each third waits behind a gate the stage before opens.
        var burst = new CityBurst(new CitiesService.CitiesServiceClient(channel), NewCities.Prefix("br"), Writes);
        var afterKill = burst.HoldFrom(Writes / 3 + 1);
        var afterRestart = burst.HoldFrom(2 * Writes / 3 + 1);

        var writing = burst.RunAsync(Ct);
        await Poll.UntilAsync(() => burst.Written >= Writes / 3, Deadline, $"{Writes / 3} writes", Ct);
        await scene.OwnNode.StopAsync(kill: true, Ct);
        var writtenBeforeKill = burst.Written;
        afterKill.Open();
        await Poll.UntilAsync(() => burst.Written >= 2 * Writes / 3, Deadline, $"{2 * Writes / 3} writes", Ct);
        await scene.OwnNode.StartAgainAsync(Ct);
        var writtenWhileDown = burst.Written - writtenBeforeKill;
        afterRestart.Open();
        await writing;

        var cities = new CitiesDatabase(scene.CitiesDatabase);
        var events = await cities.RegisteredAsync(burst.Prefix, Ct);
        var knowledgeDb = new KnowledgeDatabase(scene.KnowledgeDatabase);
        var consumption = await Consumption.WaitAsync(knowledgeDb, events, burst.Prefix, Deadline, Ct);
        await Poll.UntilAsync(async () => await cities.UnsentCountAsync(Ct) == 0, Deadline, "Cities' outbox to drain", Ct);
        var onBroker = (await published.DrainAsync(Ct)).Where(e => e.Text("cityId").StartsWith(burst.Prefix, StringComparison.Ordinal)).ToList();
        var publishedIds = onBroker.Select(e => e.MessageId).ToHashSet();

        FaultReport.Write("broker-restart",
            $"{consumption} written_before_kill={writtenBeforeKill} written_while_down={writtenWhileDown} " +
            $"written_after_restart={Writes - writtenBeforeKill - writtenWhileDown} published={publishedIds.Count} resent={onBroker.Count - publishedIds.Count} " +
            $"dropped_by_inbox={InboxDrops.Count(knowledge, InboxDrops.DraftProfiles)}");
        Assert.Empty(burst.Failures);
        Assert.Equal(Writes, events.Count);
        Assert.InRange(writtenBeforeKill, 1, Writes - 1);
        Assert.InRange(writtenWhileDown, 1, Writes - writtenBeforeKill - 1);
        Assert.Equal((Writes, 0, 0), (consumption.Consumed, consumption.Duplicates, consumption.Lost));
        Assert.True(publishedIds.SetEquals(events.Select(e => e.MessageId)), "The broker carried other messages than the ones committed.");
    }
}
