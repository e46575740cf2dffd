using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Faults.Tests.Rig;
using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests;

/// <summary>
/// The producing service (Cities) dies right after a commit and before its outbox publishes
/// (its crash hook, armed for this run only): the committed events are in its database and nowhere
/// else. After a restart they go out, and Knowledge applies each once.
/// </summary>
public sealed class ProducerCrashTests(SharedBroker broker)
{
    /// <summary>Mc2cm.BuildingBlocks.Outbox.OutboxCommitFault.Setting: honoured in Debug builds, in the Testing environment.</summary>
    private const string CrashAfterCommit = "Faults:KillAfterOutboxCommit";
    private const int Attempts = 10;
    private const int SigkillExitCode = 137;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = FaultTest.Timeout)]
    public async Task Events_committed_before_a_crash_go_out_after_restart_and_are_consumed_once()
    {
#if !MC2CM_FAULT_HOOKS
        Assert.Skip("The crash hook is compiled into Debug builds only.");
#endif
        await using var scene = FaultScene.OnSharedBroker("producer-kill", broker);
        var (citiesProcess, _) = await scene.StartCitiesAndKnowledgeAsync(Ct);
        var cities = new CitiesDatabase(scene.CitiesDatabase);
        // The seed's events go out first: nothing of the seed is left for the crash to hold back.
        await Poll.UntilAsync(async () => await cities.UnsentCountAsync(Ct) == 0, Deadline, "the seed's events to be published", Ct);
        await using var published = await EventQueue.BindAsync(scene.Broker, typeof(CityRegistered), Ct);

        await citiesProcess.KillAsync();
        citiesProcess.Settings[CrashAfterCommit] = "true";
        await citiesProcess.StartAsync(Ct);
        using (var channel = citiesProcess.CreateGrpcChannel())
        {
            var writes = new CityBurst(new CitiesService.CitiesServiceClient(channel), NewCities.Prefix("pk"), Attempts, parallel: Attempts);
            await writes.RunAsync(Ct);
            var exitCode = await citiesProcess.WaitForExitAsync(Deadline, Ct);
            var committed = await cities.RegisteredAsync(writes.Prefix, Ct);
            var beforeRestart = Ours(await published.DrainAsync(Ct), writes.Prefix);

            citiesProcess.Settings.Remove(CrashAfterCommit);
            await citiesProcess.StartAsync(Ct);
            var consumption = await Consumption.WaitAsync(new KnowledgeDatabase(scene.KnowledgeDatabase), committed, writes.Prefix, Deadline, Ct);
            await Poll.UntilAsync(async () => Ours(await published.DrainAsync(Ct), writes.Prefix).Count >= committed.Count, Deadline, "the committed events on the broker", Ct);
            var afterRestart = Ours(published.Received, writes.Prefix);

            FaultReport.Write("producer-kill",
                $"{consumption} attempted={Attempts} answered_ok={writes.Written} committed={committed.Count} " +
                $"unsent_at_kill={committed.Count(e => !e.Sent)} published_before_restart={beforeRestart.Count} " +
                $"published_after_restart={afterRestart.Count} exit_code={exitCode}");
            Assert.Equal(SigkillExitCode, exitCode);
            Assert.NotEmpty(committed);
            Assert.All(committed, e => Assert.False(e.Sent));
            Assert.Empty(beforeRestart);
            Assert.Equal(committed.Select(e => e.MessageId).Order(), afterRestart.Select(e => e.MessageId).Distinct().Order());
            Assert.Equal((committed.Count, 0, 0), (consumption.Consumed, consumption.Duplicates, consumption.Lost));
        }
    }

    private static List<ReceivedEvent> Ours(IEnumerable<ReceivedEvent> received, string prefix) =>
        [.. received.Where(e => e.Text("cityId").StartsWith(prefix, StringComparison.Ordinal))];
}
