using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Mc2cm.Bench.Processes;

/// <summary>
/// A process the bench started (a service, the gateway, nginx, the broker…): its output goes to a
/// log file in the run folder, and it is stopped with SIGTERM, then killed with its whole tree
/// when it does not stop in time.
/// </summary>
public sealed partial class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();

    private ChildProcess(string name, Process process, StreamWriter log, long startedAt)
    {
        Name = name;
        _process = process;
        _log = log;
        StartedAt = startedAt;
    }

    public string Name { get; }

    public int Pid => _process.Id;

    /// <summary>Stopwatch timestamp of the start.</summary>
    public long StartedAt { get; }

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(ProcessSpec spec, string logFolder)
    {
        var start = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in spec.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in spec.Environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(Path.Combine(logFolder, $"{spec.Name}.log"), append: true) { AutoFlush = true };
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{spec.FileName} did not start.");
        var child = new ChildProcess(spec.Name, process, log, startedAt);
        process.OutputDataReceived += (_, e) => child.Log(e.Data);
        process.ErrorDataReceived += (_, e) => child.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGTERM, then SIGKILL of the whole tree after <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited)
        {
            return;
        }

        var tree = ProcSnapshot.Take().TreeOf(Pid).Skip(1).ToList();
        _ = SendSignal(Pid, Sigterm);
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        // Children that outlived their parent (an Erlang helper, an nginx worker) go too.
        foreach (var pid in tree)
        {
            _ = SendSignal(pid, Sigkill);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
        lock (_logGate)
        {
            _log.Dispose();
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logGate)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The process wrote after it was disposed: nothing to keep.
            }
        }
    }

    private const int Sigterm = 15;
    private const int Sigkill = 9;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}

/// <summary>What to start: a program, its arguments and environment, and the name of its log.</summary>
public sealed record ProcessSpec(string Name, string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment, string? WorkingDirectory = null);
