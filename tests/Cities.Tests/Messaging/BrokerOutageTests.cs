using Mc2cm.BuildingBlocks.Outbox;
using Mc2cm.Cities.Cities;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Cities.Tests.Messaging;

/// <summary>
/// The outbox across a real broker outage: writes keep succeeding while RabbitMQ is down, and
/// every event goes out, once, when it is back. Uses a broker of its own, since it stops it.
/// </summary>
public sealed class BrokerOutageTests : IAsyncLifetime
{
    private const int Writes = 50;
    private readonly TestDirectory _data = new("outage");
    private RabbitMqNode _broker = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await RabbitMqNode.StartAsync("outage", Ct);

    public async ValueTask DisposeAsync()
    {
        await _broker.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Cities_registered_while_the_broker_is_down_are_all_published_once_it_is_back()
    {
        await using var service = CitiesApp.Start(_broker.ConnectionString, _data.File("cities.db"));
        using var channel = service.CreateGrpcChannel();
        var cities = new CitiesService.CitiesServiceClient(channel);
        await using var queue = await EventQueue.BindAsync(_broker.ConnectionString, typeof(CityRegistered), Ct);
        var metrics = service.Services.GetRequiredService<OutboxMetrics>();
        // The seed's own events go out first, so the backlog below is only ours.
        await Poll.UntilAsync(() => metrics.Backlog == 0 && Unsent(service) == 0, Poll.ThroughTheBroker, "the seed events to be published", Ct);

        await _broker.StopAsync(cancellationToken: Ct);
        var ids = Enumerable.Range(0, Writes).Select(i => $"outage-{i:D2}").ToList();
        foreach (var id in ids)
        {
            await cities.CreateCityAsync(CityRequests.Create(id), cancellationToken: Ct);
        }

        Assert.Equal(Writes, Unsent(service));
        await _broker.StartAgainAsync(Ct);

        await Poll.UntilAsync(async () => (await queue.DrainAsync(Ct)).Count(e => ids.Contains(e.Text("cityId"))) >= Writes,
            TimeSpan.FromSeconds(90), $"{Writes} CityRegistered events after the broker came back", Ct);
        await Poll.UntilAsync(() => Unsent(service) == 0, Poll.ThroughTheBroker, "the outbox to drain", Ct);
        var ours = queue.Received.Where(e => ids.Contains(e.Text("cityId"))).ToList();
        Assert.Equal(Writes, ours.Select(e => e.MessageId).Distinct().Count());
        // Each city once. Every city is an aggregate of its own: the outbox keeps each aggregate's
        // events in commit order (BuildingBlocks' OutboxTests), and publishes different ones side by side.
        Assert.Equal(ids.Order(), ours.Select(e => e.Text("cityId")).Order());
        Assert.Equal(0, metrics.Backlog);
    }

    private static int Unsent(ServiceHost<CitiesGrpcService> service)
    {
        using var scope = service.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<Data.CitiesDbContext>().OutboxMessages.Count(m => m.SentAt == null);
    }
}
