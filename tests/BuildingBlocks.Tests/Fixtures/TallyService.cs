using MassTransit;
using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.BuildingBlocks.Messaging;
using Mc2cm.BuildingBlocks.Outbox;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.BuildingBlocks.Tests.Fixtures;

/// <summary>
/// A small service built from the building blocks alone (generic host, no web): a SQLite file,
/// the outbox dispatcher and one inbox consumer of CityRegistered, on a real broker.
/// </summary>
public sealed class TallyService : IAsyncDisposable
{
    private readonly IHost _host;

    private TallyService(IHost host, string name)
    {
        _host = host;
        Queue = $"{name}-{CityTallyHandler.Queue}";
    }

    /// <summary>The queue MassTransit consumes from: "{service}-{the handler's Queue}".</summary>
    public string Queue { get; }

    public IServiceProvider Services => _host.Services;

    public InboxMetrics Inbox => Services.GetRequiredService<InboxMetrics>();

    public static async Task<TallyService> StartAsync(
        string broker, string databaseFile, Action<IServiceCollection>? configure = null, CancellationToken cancellationToken = default)
    {
        // Each service gets queues of its own, so a test never consumes another test's messages.
        var name = $"bbtest-{Guid.NewGuid():N}"[..16];
        await CreateDatabaseAsync(databaseFile, cancellationToken);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker,
            ["Messaging:RetryLimit"] = "2",
            ["Messaging:RetryMinInterval"] = "00:00:00.050",
            ["Messaging:RetryMaxInterval"] = "00:00:00.200",
            ["Messaging:Outbox:SweepInterval"] = "00:00:01",
        });
        builder.Services.AddOutboxCommitNotifier();
        builder.Services.AddDbContext<TallyDbContext>((sp, o) => o.UseSqlite($"Data Source={databaseFile}").AddInterceptors(sp.GetRequiredService<OutboxCommitNotifier>(), HandlerWrites.Instance));
        builder.Services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<TallyDbContext>());
        builder.AddServiceMessaging(name, handlers => handlers.Handle<CityRegistered, CityTallyHandler>());
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var service = new TallyService(host, name);
        await Poll.UntilAsync(() => host.Services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy,
            TimeSpan.FromSeconds(30), "the bus to connect", cancellationToken);
        return service;
    }

    /// <summary>Creates the schema (the migrations path is covered by the services' own tests).</summary>
    public static async Task CreateDatabaseAsync(string databaseFile, CancellationToken cancellationToken = default)
    {
        await using var db = Open(databaseFile);
        await db.Database.EnsureCreatedAsync(cancellationToken);
    }

    public static TallyDbContext Open(string databaseFile) =>
        new(new DbContextOptionsBuilder<TallyDbContext>().UseSqlite($"Data Source={databaseFile}").Options);

    public Task PublishAsync(CityRegistered integrationEvent, Guid messageId, CancellationToken cancellationToken) =>
        Services.GetRequiredService<IBus>().Publish(integrationEvent, context => context.MessageId = messageId, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
