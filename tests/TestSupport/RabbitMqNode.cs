using System.Diagnostics;
using System.Runtime.InteropServices;
using Mc2cm.LocalRabbitMq;

namespace Mc2cm.Testing;

/// <summary>
/// A real RabbitMQ broker for one test run: Debian's rabbitmq-server as a private node with its
/// own epmd, ports and folder. Tests can stop it (gracefully or by SIGKILL) and start it again on
/// the same ports with the same data, to play a broker outage for real.
/// </summary>
public sealed partial class RabbitMqNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly TestDirectory _directory;
    private readonly Process _epmd;
    private Process? _server;

    private RabbitMqNode(TestDirectory directory, RabbitMqNodeLayout layout, Process epmd)
    {
        _directory = directory;
        Layout = layout;
        _epmd = epmd;
    }

    public RabbitMqNodeLayout Layout { get; }

    public string ConnectionString => Layout.ConnectionString;

    public bool IsRunning => _server is { HasExited: false };

    public static async Task<RabbitMqNode> StartAsync(string name, CancellationToken cancellationToken = default)
    {
        RabbitMqInstallation.EnsureInstalled();
        var directory = new TestDirectory($"rabbitmq-{name}");
        var layout = RabbitMqNodeLayout.Create(directory.Path, $"test-{name}");
        layout.Prepare();
        var epmd = Process.Start(new ProcessStartInfo(RabbitMqInstallation.EpmdPath, layout.EpmdArguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var node = new RabbitMqNode(directory, layout, epmd);
        try
        {
            await node.StartAgainAsync(cancellationToken);
        }
        catch
        {
            // A node that did not come up in time must not outlive the test run, still booting and
            // loading the machine for the runs after it.
            await node.StopAsync(kill: true, CancellationToken.None);
            await node.DisposeAsync();
            throw;
        }

        return node;
    }

    /// <summary>Starts the node (again) on the same ports and data, and waits until it speaks AMQP.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            return;
        }

        var start = new ProcessStartInfo(RabbitMqInstallation.ServerPath)
        {
            WorkingDirectory = Layout.DataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in Layout.Environment)
        {
            start.Environment[key] = value;
        }

        _server = Process.Start(start)!;
        // Drain its output so a full pipe never blocks the broker.
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await Poll.UntilAsync(
            async () => _server.HasExited
                ? throw new InvalidOperationException($"rabbitmq-server exited with code {_server.ExitCode} during start-up.")
                : await AmqpProbe.IsReadyAsync("127.0.0.1", Layout.AmqpPort, TimeSpan.FromSeconds(2), cancellationToken),
            StartTimeout, "RabbitMQ to answer the AMQP handshake", cancellationToken);
    }

    /// <summary>
    /// Adds virtual hosts the guest user may use and returns their connection strings. Exchanges and
    /// queues live in a virtual host, so tests sharing this node, each in its own, never see one
    /// another's messages. One rabbitmqctl call for all: each call boots an Erlang VM.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddVirtualHostsAsync(IReadOnlyList<string> names, CancellationToken cancellationToken = default)
    {
        var binaries = string.Join(", ", names.Select(name => $"<<\"{name}\">>"));
        await RunControlAsync(["eval", $$"""
            [begin
                 ok = rabbit_vhost:add(V, <<"tests">>),
                 ok = rabbit_auth_backend_internal:set_permissions(<<"{{RabbitMqNodeLayout.User}}">>, V, <<".*">>, <<".*">>, <<".*">>, <<"tests">>)
             end || V <- [{{binaries}}]], ok.
            """], cancellationToken);
        return [.. names.Select(name => Layout.ConnectionString + Uri.EscapeDataString(name))];
    }

    /// <summary>Stops the node: gracefully (SIGTERM), or abruptly (SIGKILL) to play a crash.</summary>
    public async Task StopAsync(bool kill = false, CancellationToken cancellationToken = default)
    {
        if (_server is null || _server.HasExited)
        {
            return;
        }

        if (kill)
        {
            _server.Kill(entireProcessTree: true);
        }
        else
        {
            _ = SendSignal(_server.Id, Sigterm);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await _server.WaitForExitAsync(timeout.Token);
        _server.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (OperationCanceledException)
        {
            _server?.Kill(entireProcessTree: true);
        }

        if (!_epmd.HasExited)
        {
            _epmd.Kill();
            await _epmd.WaitForExitAsync();
        }

        _epmd.Dispose();
        _directory.Dispose();
    }

    /// <summary>Runs rabbitmqctl against this node (its environment names the node, its epmd and its cookie).</summary>
    private async Task RunControlAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(RabbitMqInstallation.CtlPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Layout.Environment)
        {
            start.Environment[key] = value;
        }

        using var control = Process.Start(start)!;
        var output = control.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = control.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await control.WaitForExitAsync(timeout.Token);
        if (control.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed with code {control.ExitCode}: {await error}{await output}");
        }
    }

    private const int Sigterm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
