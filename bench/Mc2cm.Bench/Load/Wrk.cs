using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Mc2cm.Bench.Load;

/// <summary>
/// Debian's wrk for the REST/JSON face: a closed loop of <c>concurrency</c> HTTP/1.1 keep-alive
/// connections; bench/wrk/report.lua prints its HDR figures as one JSON line. The warm-up is a
/// separate run whose figures are thrown away.
/// </summary>
public sealed class Wrk(string repositoryRoot)
{
    public const string Program = "/usr/bin/wrk";

    public string Script => Path.Combine(repositoryRoot, "bench", "wrk", "report.lua");

    /// <param name="headers">Sent with every request, e.g. a signed-in person's Cookie.</param>
    public async Task<LoadResult> RunAsync(Uri url, int concurrency, TimeSpan warmup, TimeSpan measure, Action? measuring, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        if (!File.Exists(Program))
        {
            throw new FileNotFoundException($"{Program} is missing: install it with 'sudo apt-get install -y wrk' (bench/run.sh does).");
        }

        if (warmup > TimeSpan.Zero)
        {
            await RunOnceAsync(url, concurrency, warmup, headers, cancellationToken);
        }

        measuring?.Invoke();
        return await RunOnceAsync(url, concurrency, measure, headers, cancellationToken);
    }

    private async Task<LoadResult> RunOnceAsync(Uri url, int concurrency, TimeSpan duration, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var threads = Math.Min(concurrency, Environment.ProcessorCount);
        foreach (var argument in new[]
        {
            "-t", Invariant(threads), "-c", Invariant(concurrency), "-d", $"{Invariant((int)Math.Ceiling(duration.TotalSeconds))}s",
            "--timeout", "10s", "-s", Script, url.ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Insert(0, $"{name}: {value}");
            start.ArgumentList.Insert(0, "-H");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        await using var stop = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var line = (await output).Split('\n').LastOrDefault(l => l.StartsWith('{'))
            ?? throw new InvalidOperationException($"wrk printed no figures: {await output} {await errors}");
        return Parse(line);
    }

    private static LoadResult Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        long Long(string name) => root.GetProperty(name).GetInt64();
        double Ms(string name) => root.GetProperty(name).GetDouble() / 1000.0;
        var seconds = Long("duration_us") / 1_000_000.0;
        var errors = Long("connect") + Long("read") + Long("write") + Long("status") + Long("timeout");
        var completed = Long("requests") - Long("status");
        return new LoadResult(completed, errors, seconds, completed / seconds,
            new Percentiles(Ms("p50"), Ms("p90"), Ms("p95"), Ms("p99"), Ms("max"), Ms("mean")),
            errors > 0 ? $"wrk: {Long("status")} non-2xx/3xx answers, {Long("timeout")} timeouts, {Long("connect") + Long("read") + Long("write")} socket errors" : null);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
