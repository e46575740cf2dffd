using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Faults.Tests.Rig;
using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests;

/// <summary>
/// The operator's chore with the tool of docs/operations.md ("Parked messages"): messages parked
/// because Knowledge's store refused them are listed, read, left in place by a dry run, and after
/// the cause is fixed replayed (one by its id, then the rest), each with its effect once.
/// </summary>
public sealed class ErrorQueueReplayTests(SharedBroker broker)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = FaultTest.Timeout)]
    public async Task Parked_messages_are_listed_inspected_and_replayed_once_the_cause_is_fixed()
    {
        await using var scene = FaultScene.OnSharedBroker("error-queue-replay", broker);
        await scene.StartCitiesAndKnowledgeAsync(Ct);
        await using var queues = new BrokerQueues(scene.Broker);
        await queues.WaitForConsumersAsync(KnowledgeQueues.OfCityRegistered(scene), Deadline, Ct);
        var parkedIn = $"{KnowledgeQueues.DraftProfiles(scene)}_error";
        var tool = new ErrorQueueTool(scene.Broker, broker.Node.Layout.Environment);

        // The cause: Knowledge's store refuses these cities' profiles (as a bad constraint or migration would).
        var prefix = NewCities.Prefix("eq");
        await SqliteFile.ExecuteAsync(scene.KnowledgeDatabase,
            $"CREATE TRIGGER refuse_{prefix} BEFORE INSERT ON profiles WHEN NEW.CityId LIKE '{prefix}%' " +
            $"BEGIN SELECT RAISE(ABORT, 'profiles of {prefix} refused'); END", Ct);
        var events = NewCities.Events(prefix, 2);
        var (first, second) = (events[0], events[1]);
        await using (var publisher = await RawPublisher.ConnectAsync(scene.Broker, Ct))
        {
            foreach (var e in events)
            {
                await publisher.PublishAsync(typeof(CityRegistered), CityRegisteredBody.For(e.CityId), e.MessageId, Ct);
            }
        }

        await Poll.UntilAsync(async () => await queues.MessageCountAsync(parkedIn, Ct) == 2, Deadline, $"both messages parked in {parkedIn}", Ct);

        var list = await tool.RunAsync(Ct, "list");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains($"{parkedIn}\t2", list.Lines);

        var inspect = await tool.RunAsync(Ct, "inspect", parkedIn, "--id", first.MessageId.ToString());
        Assert.True(inspect.ExitCode == 0, inspect.ToString());
        Assert.Contains($"message {first.MessageId}", inspect.Lines);
        Assert.Contains(inspect.Lines, l => l.StartsWith("MT-Fault-Message: ", StringComparison.Ordinal) && l.Length > "MT-Fault-Message: ".Length);
        Assert.Contains(first.CityId, inspect.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(second.MessageId.ToString(), inspect.Output, StringComparison.Ordinal);

        var dryRun = await tool.RunAsync(Ct, "replay", parkedIn, "--dry-run");
        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        Assert.Contains(dryRun.Lines, l => l.StartsWith($"would move 2 message(s) from {parkedIn}", StringComparison.Ordinal));
        Assert.Equal(2u, await queues.MessageCountAsync(parkedIn, Ct));

        // The cause fixed: the first message by its id, then the rest.
        await SqliteFile.ExecuteAsync(scene.KnowledgeDatabase, $"DROP TRIGGER refuse_{prefix}", Ct);
        var knowledge = new KnowledgeDatabase(scene.KnowledgeDatabase);
        var one = await tool.RunAsync(Ct, "replay", parkedIn, "--id", first.MessageId.ToString());
        Assert.True(one.ExitCode == 0, one.ToString());
        var afterOne = await Consumption.WaitAsync(knowledge, [first], prefix, Deadline, Ct);
        Assert.Equal((1, 0), (afterOne.Consumed, afterOne.Duplicates));
        Assert.Equal(1u, await queues.MessageCountAsync(parkedIn, Ct));

        var rest = await tool.RunAsync(Ct, "replay", parkedIn);
        Assert.True(rest.ExitCode == 0, rest.ToString());
        var all = await Consumption.WaitAsync(knowledge, events, prefix, Deadline, Ct);
        var stillParked = await queues.MessageCountAsync(parkedIn, Ct);
        FaultReport.Write("error-queue-replay", $"parked=2 replayed_by_id=1 replayed_rest=1 {all} still_parked={stillParked}");
        Assert.Equal((2, 0, 0), (all.Consumed, all.Duplicates, all.Lost));
        Assert.Equal(0u, stillParked);
    }
}
