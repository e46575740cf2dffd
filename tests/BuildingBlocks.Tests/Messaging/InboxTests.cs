using MassTransit;
using Mc2cm.BuildingBlocks.Tests.Fixtures;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Mc2cm.BuildingBlocks.Tests.Messaging;

/// <summary>The inbox on a real broker: one effect per message id, failures to the error queue.</summary>
[Collection(nameof(BrokerCollection))]
public sealed class InboxTests(SharedBroker broker) : IDisposable
{
    private readonly TestDirectory _data = new("inbox");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CityRegistered Registered(string cityId) =>
        new(cityId, new CityNames(cityId, string.Empty, string.Empty), "MA", "north-africa", DateTimeOffset.UtcNow);

    private async Task<int?> TallyAsync(string cityId)
    {
        await using var db = TallyService.Open(_data.File("tally.db"));
        return (await db.Tallies.AsNoTracking().FirstOrDefaultAsync(t => t.CityId == cityId, Ct))?.Count;
    }

    [Fact]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        await using var service = await TallyService.StartAsync(broker.ConnectionString, _data.File("tally.db"), cancellationToken: Ct);
        var messageId = NewId.NextGuid();
        var cityId = $"twice-{messageId:N}";

        await service.PublishAsync(Registered(cityId), messageId, Ct);
        await service.PublishAsync(Registered(cityId), messageId, Ct);

        await Poll.UntilAsync(() => service.Inbox.Duplicates == 1, Poll.ThroughTheBroker, "the second delivery to be dropped", Ct);
        Assert.Equal(1, await TallyAsync(cityId));
        Assert.Equal(1, service.Inbox.Handled);
    }

    [Fact]
    public async Task A_redelivery_after_the_effect_was_committed_has_no_second_effect()
    {
        // The first delivery commits, then fails before it is acknowledged (as when a process dies
        // between commit and ack): MassTransit delivers it again.
        var failOnce = new FailAfterFirstCommit();
        await using var service = await TallyService.StartAsync(broker.ConnectionString, _data.File("tally.db"),
            services => services.AddSingleton<IConfigureReceiveEndpoint>(failOnce), Ct);
        var cityId = $"redelivered-{Guid.NewGuid():N}";

        await service.PublishAsync(Registered(cityId), NewId.NextGuid(), Ct);

        await Poll.UntilAsync(() => service.Inbox.Duplicates == 1, Poll.ThroughTheBroker, "the redelivery to be dropped", Ct);
        Assert.True(failOnce.Failed);
        Assert.Equal(1, await TallyAsync(cityId));
    }

    [Fact]
    public async Task A_message_that_always_fails_goes_to_the_error_queue_with_its_reason_and_the_queue_keeps_flowing()
    {
        await using var service = await TallyService.StartAsync(broker.ConnectionString, _data.File("tally.db"), cancellationToken: Ct);
        var poisonId = NewId.NextGuid();
        var healthy = $"after-poison-{Guid.NewGuid():N}";

        await service.PublishAsync(Registered($"{CityTallyHandler.PoisonPrefix}-{poisonId:N}"), poisonId, Ct);
        await service.PublishAsync(Registered(healthy), NewId.NextGuid(), Ct);

        await Poll.UntilAsync(async () => await TallyAsync(healthy) == 1, Poll.ThroughTheBroker, "the message behind the poison to be handled", Ct);
        var faulted = await ReadErrorQueueAsync(service.Queue);
        Assert.Equal(poisonId.ToString(), faulted.MessageId);
        Assert.Contains(CityTallyHandler.PoisonReason, faulted.Reason, StringComparison.Ordinal);
        Assert.Equal(3, service.Inbox.Failures); // the first attempt and two retries
        await using var db = TallyService.Open(_data.File("tally.db"));
        Assert.False(await db.InboxMessages.AnyAsync(m => m.MessageId == poisonId, Ct));
    }

    [Fact]
    public async Task A_city_event_that_names_no_city_is_parked_before_any_handler_runs()
    {
        await using var service = await TallyService.StartAsync(broker.ConnectionString, _data.File("tally.db"), cancellationToken: Ct);
        var namesNoCity = NewId.NextGuid();
        var healthy = $"after-no-city-{Guid.NewGuid():N}";

        await service.PublishAsync(Registered(" "), namesNoCity, Ct);
        await service.PublishAsync(Registered(healthy), NewId.NextGuid(), Ct);

        // One message at a time per queue: once the next one is handled, the first is in the error queue.
        await Poll.UntilAsync(async () => await TallyAsync(healthy) == 1, Poll.ThroughTheBroker, "the message behind it to be handled", Ct);
        var faulted = await ReadErrorQueueAsync(service.Queue);
        Assert.Equal(namesNoCity.ToString(), faulted.MessageId);
        Assert.Contains("CityRegistered names no city", faulted.Reason, StringComparison.Ordinal);
        Assert.Null(await TallyAsync(" ")); // the tally handler would have counted it
    }

    [Fact]
    public async Task A_handler_that_saves_or_writes_in_bulk_on_its_own_is_refused_and_nothing_it_did_is_committed()
    {
        await using var service = await TallyService.StartAsync(broker.ConnectionString, _data.File("tally.db"), cancellationToken: Ct);
        var saves = $"{CityTallyHandler.SavesPrefix}-{Guid.NewGuid():N}";
        var bulk = $"{CityTallyHandler.BulkPrefix}-{Guid.NewGuid():N}";
        var healthy = $"after-writers-{Guid.NewGuid():N}";

        await service.PublishAsync(Registered(saves), NewId.NextGuid(), Ct);
        await service.PublishAsync(Registered(bulk), NewId.NextGuid(), Ct);
        await service.PublishAsync(Registered(healthy), NewId.NextGuid(), Ct);

        await Poll.UntilAsync(async () => await TallyAsync(healthy) == 1, Poll.ThroughTheBroker, "the message behind them to be handled", Ct);
        var first = await ReadErrorQueueAsync(service.Queue);
        var second = await ReadErrorQueueAsync(service.Queue);
        Assert.All([first.Reason, second.Reason], reason => Assert.Contains("CityTallyHandler wrote to the database on its own", reason, StringComparison.Ordinal));
        Assert.Null(await TallyAsync(saves));
        Assert.Null(await TallyAsync(bulk));
    }

    private async Task<(string? MessageId, string Reason)> ReadErrorQueueAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(broker.ConnectionString) }.CreateConnectionAsync(Ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Ct);
        BasicGetResult? message = null;
        await Poll.UntilAsync(async () => (message = await channel.BasicGetAsync($"{queue}_error", autoAck: true, Ct)) is not null,
            Poll.ThroughTheBroker, "the poisoned message in the error queue", Ct);
        var headers = message!.BasicProperties.Headers!;
        var reason = System.Text.Encoding.UTF8.GetString((byte[])headers["MT-Fault-Message"]!);
        return (message.BasicProperties.MessageId, reason);
    }

    public void Dispose() => _data.Dispose();
}
