using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Faults.Tests.Rig;
using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests;

/// <summary>
/// The consuming service (Knowledge) is killed (SIGKILL) in the middle of a burst of city
/// registrations, with messages in its hands, and a new process is started on its data: every
/// event is consumed, none twice.
/// </summary>
public sealed class ConsumerCrashTests(SharedBroker broker)
{
    private const int Writes = 300;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = FaultTest.Timeout)]
    public async Task A_consumer_killed_mid_burst_and_restarted_loses_nothing_and_doubles_nothing()
    {
        await using var scene = FaultScene.OnSharedBroker("consumer-kill", broker);
        var (citiesProcess, knowledge) = await scene.StartCitiesAndKnowledgeAsync(Ct);
        using var channel = citiesProcess.CreateGrpcChannel();
        // Writes past the first half wait until Knowledge is killed, the last third until it is back:
        // some events surely arrive while it is down, and some after its restart.
        var burst = new CityBurst(new CitiesService.CitiesServiceClient(channel), NewCities.Prefix("ck"), Writes);
        var afterKill = burst.HoldFrom(Writes / 2 + 1);
        var afterRestart = burst.HoldFrom(2 * Writes / 3 + 1);
        var cities = new CitiesDatabase(scene.CitiesDatabase);
        var knowledgeDb = new KnowledgeDatabase(scene.KnowledgeDatabase);

        var writing = burst.RunAsync(Ct);
        var consumedAtKill = 0;
        await Poll.UntilAsync(async () =>
        {
            var events = await cities.RegisteredAsync(burst.Prefix, Ct);
            consumedAtKill = (await Consumption.CountAsync(knowledgeDb, events, burst.Prefix, Ct)).Consumed;
            return consumedAtKill >= Writes / 4;
        }, Deadline, $"Knowledge to consume {Writes / 4} events", Ct);
        await knowledge.KillAsync();
        var writtenAtKill = burst.Written;
        afterKill.Open();
        await Poll.UntilAsync(() => burst.Written >= 2 * Writes / 3, Deadline, $"{2 * Writes / 3} writes", Ct);
        var writtenWhileDown = burst.Written - writtenAtKill;
        await knowledge.StartAsync(Ct);
        afterRestart.Open();
        await writing;

        var committed = await cities.RegisteredAsync(burst.Prefix, Ct);
        var consumption = await Consumption.WaitAsync(knowledgeDb, committed, burst.Prefix, Deadline, Ct);

        FaultReport.Write("consumer-kill",
            $"{consumption} consumed_at_kill={consumedAtKill} written_at_kill={writtenAtKill} written_while_down={writtenWhileDown} " +
            $"dropped_by_inbox={InboxDrops.Count(knowledge, InboxDrops.DraftProfiles)}");
        Assert.Empty(burst.Failures);
        Assert.Equal(Writes, committed.Count);
        Assert.InRange(consumedAtKill, 1, Writes - 1);
        Assert.Equal((Writes, 0, 0), (consumption.Consumed, consumption.Duplicates, consumption.Lost));
    }
}
