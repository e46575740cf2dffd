using System.Diagnostics;
using System.Net.Sockets;

namespace Mc2cm.Bench.Processes;

/// <summary>Waits for a started process to be ready, failing early when it exits.</summary>
public static class HealthProbe
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };

    /// <summary>Polls GET {url} every 50 ms until it answers 200; returns the Stopwatch timestamp of that answer.</summary>
    public static Task<long> HttpHealthyAsync(ChildProcess process, Uri url, TimeSpan timeout, CancellationToken cancellationToken) =>
        UntilAsync(process, async () =>
        {
            try
            {
                using var response = await Http.GetAsync(url, cancellationToken);
                return response.IsSuccessStatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }, timeout, $"{process.Name} to answer {url}", cancellationToken);

    /// <summary>Polls a TCP connect to the loopback port until it is accepted.</summary>
    public static Task<long> ListeningAsync(ChildProcess process, int port, TimeSpan timeout, CancellationToken cancellationToken) =>
        UntilAsync(process, async () =>
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }, timeout, $"{process.Name} to listen on {port}", cancellationToken);

    public static async Task<long> UntilAsync(ChildProcess process, Func<Task<bool>> ready, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited while the bench waited for {what} (see its log in the run folder).");
            }

            if (await ready())
            {
                return Stopwatch.GetTimestamp();
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
