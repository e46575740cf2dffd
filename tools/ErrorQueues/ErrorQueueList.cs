using System.Diagnostics;
using System.Text.Json;
using Mc2cm.LocalRabbitMq;

namespace Mc2cm.ErrorQueues;

/// <summary>
/// The _error queues of the broker's virtual host and their message counts. AMQP cannot list
/// queues, so this asks rabbitmqctl on the broker's host; it reaches the node its environment
/// names (RABBITMQ_NODENAME, ERL_EPMD_PORT, HOME with the Erlang cookie: eng/error-queues.sh sets
/// them for the suite's local node). RABBITMQCTL picks another rabbitmqctl.
/// </summary>
public static class ErrorQueueList
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<(string Queue, long Messages)>> ReadAsync(Uri broker, CancellationToken cancellationToken)
    {
        var json = await RunControlAsync(["list_queues", "--silent", "--formatter", "json", "-p", VirtualHost(broker), "name", "messages"], cancellationToken);
        // Some versions print a line or two before the JSON even when silent.
        var start = json.IndexOf('[', StringComparison.Ordinal);
        using var document = JsonDocument.Parse(start < 0 ? "[]" : json[start..]);
        return [.. document.RootElement.EnumerateArray()
            .Select(q => (Queue: q.GetProperty("name").GetString() ?? string.Empty, Messages: q.GetProperty("messages").GetInt64()))
            .Where(q => q.Queue.EndsWith(ParkedQueue.ErrorSuffix, StringComparison.Ordinal))
            .OrderBy(q => q.Queue, StringComparer.Ordinal)];
    }

    private static string VirtualHost(Uri broker)
    {
        var path = Uri.UnescapeDataString(broker.AbsolutePath.TrimStart('/'));
        return path.Length == 0 ? "/" : path;
    }

    private static async Task<string> RunControlAsync(string[] arguments, CancellationToken cancellationToken)
    {
        // Debian's /usr/sbin/rabbitmqctl switches to the rabbitmq user (another cookie); its own binary does not.
        var control = Environment.GetEnvironmentVariable("RABBITMQCTL")
            ?? (File.Exists(RabbitMqInstallation.CtlPath) ? RabbitMqInstallation.CtlPath : "rabbitmqctl");
        var start = new ProcessStartInfo(control)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ErrorQueueException($"{control} did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new ErrorQueueException($"{control} cannot be run ({ex.Message}); listing queues needs rabbitmqctl on the broker's host.", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode == 0
                ? await output
                : throw new ErrorQueueException($"{control} {string.Join(' ', arguments)} failed with code {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}");
        }
    }
}
