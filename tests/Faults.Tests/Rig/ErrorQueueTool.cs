using System.Diagnostics;
using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>
/// The operator's error-queue tool (tools/ErrorQueues) run as an operator runs it: a process of its
/// own against the scene's broker, with the node's environment so that its rabbitmqctl finds the node.
/// </summary>
public sealed class ErrorQueueTool(string broker, IReadOnlyDictionary<string, string> nodeEnvironment)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    public async Task<ToolRun> RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ProcessesUnderTest.ErrorQueues);
        foreach (var argument in arguments.Append("--broker").Append(broker))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in nodeEnvironment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RunTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return new ToolRun(process.ExitCode, await output, await error);
    }
}

/// <summary>What one run of the tool answered.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public string[] Lines => Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{Output}{Error}";
}
