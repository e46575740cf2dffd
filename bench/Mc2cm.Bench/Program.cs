using System.Runtime.InteropServices;
using Mc2cm.Bench;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

// Ctrl-C and SIGTERM cancel the run; every started process is stopped on the way out.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancel.Cancel();
});

try
{
    var results = await BenchRun.RunAsync(options, cancel.Token);
    BenchRun.Log($"results: {results} (and .json)");
    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    BenchRun.Log("cancelled; every process the bench started has been stopped");
    return 130;
}
