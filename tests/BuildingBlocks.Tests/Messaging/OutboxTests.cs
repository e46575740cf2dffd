using Mc2cm.BuildingBlocks.Outbox;
using Mc2cm.BuildingBlocks.Tests.Fixtures;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.BuildingBlocks.Tests.Messaging;

/// <summary>The outbox on a real broker and SQLite file.</summary>
[Collection(nameof(BrokerCollection))]
public sealed class OutboxTests(SharedBroker broker) : IDisposable
{
    private readonly TestDirectory _data = new("outbox");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_committed_before_a_crash_are_published_after_restart_in_commit_order()
    {
        // Commit events with no dispatcher running: the state a process leaves when it dies
        // between its commit and its publish.
        var file = _data.File("producer.db");
        await TallyService.CreateDatabaseAsync(file, Ct);
        var ids = Enumerable.Range(0, 20).Select(i => $"crash-{i:D2}-{Guid.NewGuid():N}"[..24]).ToList();
        await using (var db = TallyService.Open(file))
        {
            var registry = new Registry();
            db.Registries.Add(registry);
            foreach (var batch in ids.Chunk(5))
            {
                foreach (var id in batch)
                {
                    registry.Register(id, DateTimeOffset.UtcNow);
                }

                await db.SaveChangesAsync(Ct);
            }
        }

        await using var queue = await EventQueue.BindAsync(broker.ConnectionString, typeof(CityRegistered), Ct);
        await using var restarted = await TallyService.StartAsync(broker.ConnectionString, file, cancellationToken: Ct);

        await Poll.UntilAsync(async () => (await queue.DrainAsync(Ct)).Count(e => ids.Contains(e.Text("cityId"))) == ids.Count,
            Poll.ThroughTheBroker, "the committed events to be published", Ct);
        Assert.Equal(ids, queue.Received.Select(e => e.Text("cityId")).Where(ids.Contains));
        await using var check = TallyService.Open(file);
        await Poll.UntilAsync(() => check.OutboxMessages.AsNoTracking().All(m => m.SentAt != null), Poll.ThroughTheBroker, "every row marked sent", Ct);
        Assert.Equal(0, restarted.Services.GetRequiredService<OutboxMetrics>().Backlog);
    }

    [Fact]
    public async Task Events_of_several_aggregates_are_all_published_each_aggregate_in_commit_order()
    {
        // Interleaved commits of three aggregates, waiting in one batch: the dispatcher publishes the
        // aggregates side by side, and must still keep each one's events in the order they were written.
        var file = _data.File("aggregates.db");
        await TallyService.CreateDatabaseAsync(file, Ct);
        var run = Guid.NewGuid().ToString("N")[..8];
        var registries = new[] { "north", "south", "east" };
        var ids = registries.ToDictionary(r => r, r => Enumerable.Range(0, 12).Select(i => $"{r}-{i:D2}-{run}").ToList());
        await using (var db = TallyService.Open(file))
        {
            var aggregates = registries.Select(r => new Registry(r)).ToList();
            db.Registries.AddRange(aggregates);
            for (var i = 0; i < 12; i++)
            {
                foreach (var registry in aggregates)
                {
                    registry.Register(ids[registry.Id][i], DateTimeOffset.UtcNow);
                }

                await db.SaveChangesAsync(Ct);
            }
        }

        await using var queue = await EventQueue.BindAsync(broker.ConnectionString, typeof(CityRegistered), Ct);
        await using var service = await TallyService.StartAsync(broker.ConnectionString, file, cancellationToken: Ct);

        var all = ids.Values.SelectMany(i => i).ToHashSet();
        await Poll.UntilAsync(async () => (await queue.DrainAsync(Ct)).Count(e => all.Contains(e.Text("cityId"))) == all.Count,
            Poll.ThroughTheBroker, "every aggregate's events to be published", Ct);
        var received = queue.Received.Select(e => e.Text("cityId")).Where(all.Contains).ToList();
        Assert.Equal(all.Count, received.Count);
        foreach (var (registry, expected) in ids)
        {
            Assert.Equal(expected, received.Where(id => id.StartsWith(registry + "-", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Published_messages_wait_for_one_marking_commit_and_none_is_published_twice_meanwhile()
    {
        // The marks wait (an hour, a thousand messages) while passes go on: each pass must read past
        // the rows published and not yet marked, and stopping the service must mark them all.
        var file = _data.File("marks.db");
        await TallyService.CreateDatabaseAsync(file, Ct);
        await using var queue = await EventQueue.BindAsync(broker.ConnectionString, typeof(CityRegistered), Ct);
        var service = await TallyService.StartAsync(broker.ConnectionString, file, services => services.Configure<OutboxOptions>(o =>
        {
            o.MarkDelay = TimeSpan.FromHours(1);
            o.MarkBatchSize = 1000;
        }), Ct);
        var run = Guid.NewGuid().ToString("N")[..8];
        var ids = new List<string>();
        try
        {
            await using var db = TallyService.Open(file);
            var registry = new Registry();
            db.Registries.Add(registry);
            // Three commits, each awaited on the broker: three passes, each after the earlier ones' marks were due.
            foreach (var round in Enumerable.Range(0, 3))
            {
                var batch = Enumerable.Range(0, 4).Select(i => $"mark-{round}{i}-{run}").ToList();
                batch.ForEach(id => registry.Register(id, DateTimeOffset.UtcNow));
                await db.SaveChangesAsync(Ct);
                ids.AddRange(batch);
                await Poll.UntilAsync(async () => (await queue.DrainAsync(Ct)).Count(e => ids.Contains(e.Text("cityId"))) >= ids.Count,
                    Poll.ThroughTheBroker, $"round {round}'s events to be published", Ct);
            }

            Assert.All(await db.OutboxMessages.AsNoTracking().ToListAsync(Ct), m => Assert.Null(m.SentAt));
        }
        finally
        {
            await service.DisposeAsync();
        }

        await queue.DrainAsync(Ct);
        Assert.Equal(ids, queue.Received.Select(e => e.Text("cityId")).Where(ids.Contains));
        await using var check = TallyService.Open(file);
        var marked = await check.OutboxMessages.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(ids.Count, marked.Count);
        Assert.All(marked, m => Assert.NotNull(m.SentAt));
        // Each pass keeps its own confirmation time: the three rounds' marks are not one stamp.
        Assert.Equal(3, marked.Select(m => m.SentAt).Distinct().Count());
    }

    [Fact]
    public async Task A_failed_save_writes_no_event()
    {
        var file = _data.File("failed.db");
        await TallyService.CreateDatabaseAsync(file, Ct);
        await using (var first = TallyService.Open(file))
        {
            first.Registries.Add(new Registry());
            await first.SaveChangesAsync(Ct);
        }

        // Two writers read version 1; the second one's save loses the race.
        await using var a = TallyService.Open(file);
        await using var b = TallyService.Open(file);
        var registryA = await a.Registries.SingleAsync(Ct);
        var registryB = await b.Registries.SingleAsync(Ct);
        registryA.Register("winner", DateTimeOffset.UtcNow);
        registryB.Register("loser", DateTimeOffset.UtcNow);
        await a.SaveChangesAsync(Ct);

        await Assert.ThrowsAsync<Domain.Errors.StaleWriteException>(() => b.SaveChangesAsync(Ct));

        await using var check = TallyService.Open(file);
        var payloads = await check.OutboxMessages.Select(m => m.Payload).ToListAsync(Ct);
        Assert.Single(payloads);
        Assert.Contains("winner", payloads[0], StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
