using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Net.Client;
using Mc2cm.LocalRabbitMq;

namespace Mc2cm.Testing;

/// <summary>
/// One of the suite's processes (a service or the gateway) run from its build output as an OS
/// process of its own, as in production: <c>dotnet its.dll</c> in its output folder, settings as
/// environment variables, the Testing environment, Kestrel on two loopback ports that stay the
/// same across restarts. <see cref="KillAsync"/> is SIGKILL; <see cref="StartAsync"/> again is a new
/// process on the same data and ports. Everything it prints goes to <see cref="LogFile"/>.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    // Processes still running when the test process exits are killed with it, whatever a test forgot.
    private static readonly ConcurrentDictionary<Process, bool> Running = new();
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);
    private readonly string _dll;
    private readonly ProcessLog _log;
    private Process? _process;

    static ServiceProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var process in Running.Keys)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It has exited already.
            }
        }
    };

    /// <param name="settings">Configuration keys ("ConnectionStrings:citiesdb") and values; the process gets them as environment variables.</param>
    public ServiceProcess(string name, string dll, string logFile, IReadOnlyDictionary<string, string?> settings)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{name} is not built: {dll} is missing.", dll);
        }

        Name = name;
        _dll = dll;
        _log = new ProcessLog(logFile);
        // Trust the test run's token issuer, unless the caller says otherwise.
        Settings = new Dictionary<string, string?>(SharedIssuer.Current?.ServiceSettings ?? new Dictionary<string, string?>());
        foreach (var (key, value) in settings)
        {
            Settings[key] = value;
        }

        PickPorts();
    }

    public string Name { get; }

    /// <summary>The settings of the next start; a test may change them between a kill and a restart.</summary>
    public Dictionary<string, string?> Settings { get; }

    public int HttpPort { get; private set; }

    public int GrpcPort { get; private set; }

    public Uri HttpAddress => new($"http://127.0.0.1:{HttpPort}");

    public Uri GrpcAddress => new($"http://127.0.0.1:{GrpcPort}");

    public string LogFile => _log.Path;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>How many processes have been started so far.</summary>
    public int Starts { get; private set; }

    /// <summary>Starts the process and waits until its readiness probe (/health) answers 200.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is running already.");
        }

        // The first start may lose a port picked as free to another process: pick others then.
        // Later starts keep theirs, since the callers expect the service where it was.
        for (var attempt = 1; ; attempt++)
        {
            Launch();
            var exited = await WaitUntilReadyAsync(cancellationToken);
            if (!exited)
            {
                return;
            }

            var addressInUse = _log.Tail(40).Contains("address already in use", StringComparison.OrdinalIgnoreCase);
            if (!(addressInUse && Starts == 1 && attempt < 3))
            {
                throw new InvalidOperationException($"{Name} exited during start-up. Last lines of {LogFile}:\n{_log.Tail(40)}");
            }

            PickPorts();
        }
    }

    /// <summary>Kills the process with SIGKILL, as a crash or an OOM killer would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await WaitForExitAsync(ExitTimeout);
    }

    /// <summary>Waits for the process to end by itself (e.g. a fault hook that kills it); returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var process = _process ?? throw new InvalidOperationException($"{Name} has not been started.");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{Name} (pid {process.Id}) did not exit within {timeout.TotalSeconds:0} s.");
        }

        Running.TryRemove(process, out _);
        var exitCode = process.ExitCode;
        _log.Write($"=== {Name} exited with code {exitCode} ===");
        process.Dispose();
        _process = null;
        return exitCode;
    }

    /// <summary>Lines of the log (all starts) that contain <paramref name="text"/>.</summary>
    public int CountLogLines(string text) => _log.CountLines(text);

    /// <summary>A gRPC channel over HTTP/2 cleartext to the "grpc" endpoint, carrying <paramref name="user"/>'s token.</summary>
    public GrpcChannel CreateGrpcChannel(string? user = SharedIssuer.Coordinator) =>
        GrpcChannel.ForAddress(GrpcAddress, new GrpcChannelOptions { HttpHandler = BearerToken.Handler(user) });

    /// <summary>An HTTP/1.1 client for the "http" endpoint (REST/JSON, health), carrying <paramref name="user"/>'s token.</summary>
    public HttpClient CreateRestClient(string? user = SharedIssuer.Coordinator) => new(BearerToken.Handler(user)) { BaseAddress = HttpAddress };

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            _log.Dispose();
        }
    }

    private void PickPorts()
    {
        HttpPort = LoopbackPorts.FindFree();
        GrpcPort = LoopbackPorts.FindFree();
    }

    private void Launch()
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            ArgumentList = { _dll },
            // The content root, where appsettings.json is found, is the working folder.
            WorkingDirectory = Path.GetDirectoryName(_dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // not the test run's terminal
            UseShellExecute = false,
        };
        foreach (var inherited in InheritedNoise)
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        // One line per entry, with its time: a log to read after a crash.
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Kestrel__Endpoints__http__Url"] = HttpAddress.ToString();
        start.Environment["Kestrel__Endpoints__grpc__Url"] = GrpcAddress.ToString();
        foreach (var (key, value) in Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        Starts++;
        _log.Write($"=== {Name} start #{Starts}: dotnet {_dll} (http {HttpPort}, grpc {GrpcPort}) ===");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Name}.");
        process.OutputDataReceived += (_, e) => _log.Write(e.Data);
        process.ErrorDataReceived += (_, e) => _log.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Running[process] = true;
    }

    /// <summary>Polls /health until it answers 200; true when the process exited instead.</summary>
    private async Task<bool> WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { BaseAddress = HttpAddress, Timeout = TimeSpan.FromSeconds(5) };
        var exited = false;
        await Poll.UntilAsync(async () =>
        {
            if (_process!.HasExited)
            {
                await WaitForExitAsync(ExitTimeout, cancellationToken);
                return exited = true;
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
                return response.IsSuccessStatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }, StartTimeout, $"{Name} to answer /health (log: {LogFile})", cancellationToken);
        return exited;
    }

    /// <summary>Settings of the test process that must not leak into a service (telemetry exporters, other URLs).</summary>
    private static readonly string[] InheritedNoise =
    [
        "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_URLS",
        "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_PROTOCOL",
    ];
}
