using RabbitMQ.Client.Exceptions;

namespace Mc2cm.ErrorQueues;

/// <summary>
/// The command line: <c>list</c> the _error queues with their counts, <c>inspect</c> what one
/// holds, <c>replay</c> its messages to the queue they failed in (one by <c>--id</c>, or all;
/// <c>--dry-run</c> first). The broker is <c>--broker amqp://…</c>, else the connection string
/// the services read (<c>ConnectionStrings__messaging</c>), else a broker on this machine.
/// </summary>
public static class ErrorQueueCommand
{
    public const string Usage = """
        Usage: error-queues list                        [--broker amqp://user:password@host:port/vhost]
               error-queues inspect <queue>_error [--id <message id>]   [--broker …]
               error-queues replay  <queue>_error [--id <message id>] [--dry-run] [--broker …]
        list     every _error queue of the virtual host and how many messages it holds (asks rabbitmqctl)
        inspect  each parked message (or the one with --id): its headers, with MT-Fault-Message, and its body
        replay   moves the parked messages (or the one with --id) back to <queue>: each is published with
                 a broker confirm before the parked copy is removed; --dry-run only shows what would move
        """;

    private const string DefaultBroker = "amqp://guest:guest@localhost:5672/";

    /// <returns>0 done, 1 failed (broker, missing message), 2 wrong usage.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!Invocation.TryParse(args, out var invocation, out var problem))
        {
            await error.WriteLineAsync($"{problem}{Environment.NewLine}{Usage}");
            return 2;
        }

        var broker = new Uri(invocation.Broker
            ?? Environment.GetEnvironmentVariable("ConnectionStrings__messaging")
            ?? DefaultBroker);
        try
        {
            return invocation.Verb switch
            {
                "list" => await ListAsync(broker, output, cancellationToken),
                "inspect" => await InspectAsync(broker, invocation, output, error, cancellationToken),
                _ => await ReplayAsync(broker, invocation, output, error, cancellationToken),
            };
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or OperationInterruptedException or ErrorQueueException)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static async Task<int> ListAsync(Uri broker, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var (queue, messages) in await ErrorQueueList.ReadAsync(broker, cancellationToken))
        {
            await output.WriteLineAsync($"{queue}\t{messages}");
        }

        return 0;
    }

    private static async Task<int> InspectAsync(Uri broker, Invocation invocation, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var queue = await ParkedQueue.OpenAsync(broker, invocation.Queue!, cancellationToken);
        var messages = await queue.BrowseAsync(invocation.MessageId, cancellationToken);
        foreach (var message in messages)
        {
            await output.WriteLineAsync(message.Describe());
        }

        await output.WriteLineAsync($"{messages.Count} message(s) in {queue.Name}");
        return await NotFoundAsync(invocation, messages.Count, error);
    }

    private static async Task<int> ReplayAsync(Uri broker, Invocation invocation, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var queue = await ParkedQueue.OpenAsync(broker, invocation.Queue!, cancellationToken);
        var verb = invocation.DryRun ? "would move" : "moved";
        var moved = await queue.ReplayAsync(invocation.MessageId, invocation.DryRun,
            message => output.WriteLineAsync($"{verb} {message.Summary()} to {queue.Target}"), cancellationToken);
        await output.WriteLineAsync($"{verb} {moved} message(s) from {queue.Name} to {queue.Target}{(invocation.DryRun ? " (dry run: nothing moved)" : string.Empty)}");
        return await NotFoundAsync(invocation, moved, error);
    }

    private static async Task<int> NotFoundAsync(Invocation invocation, int found, TextWriter error)
    {
        if (invocation.MessageId is null || found > 0)
        {
            return 0;
        }

        await error.WriteLineAsync($"No message {invocation.MessageId} in {invocation.Queue}.");
        return 1;
    }
}
