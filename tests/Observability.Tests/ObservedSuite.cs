using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Testing;
using Mc2cm.Testing.Suite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mc2cm.Observability.Tests;

/// <summary>The in-process suite with an operator's receivers attached: every span, every log line (Debug and up).</summary>
public sealed class ObservedSuite(SharedBroker broker) : IAsyncLifetime
{
    public LogSink Logs { get; } = new();

    public SpanRecorder Spans { get; } = new();

    public InProcessSuite Suite { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Suite = InProcessSuite.Start(broker.NewVirtualHost(), services => services.AddLogging(logging => logging
            .AddProvider(Logs)
            .AddFilter<LogSink>(null, LogLevel.Debug)));
        return ValueTask.CompletedTask;
    }

    /// <summary>How many consumers of a service have handled the message (its inbox rows).</summary>
    public static async Task<int> HandledAsync<T>(ServiceHost<T> host, Guid messageId)
        where T : class
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().InboxMessages.CountAsync(m => m.MessageId == messageId);
    }

    public async ValueTask DisposeAsync()
    {
        await Suite.DisposeAsync();
        Spans.Dispose();
    }
}
