namespace Mc2cm.Faults.Tests.Rig;

/// <summary>
/// The suite's figures: each test writes one line, "fault {name}: {figures}", to
/// artifacts/reports/faults.txt (emptied when the test run starts; eng/faults.sh prints it) and to
/// the test's own output (shown by dotnet test --output Detailed).
/// </summary>
public sealed class FaultReport : IAsyncLifetime
{
    private readonly Lock _gate = new();

    public static string File => Path.Combine(ProcessesUnderTest.Repository, "artifacts", "reports", "faults.txt");

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        System.IO.File.WriteAllText(File, string.Empty);
        return ValueTask.CompletedTask;
    }

    public void Write(string fault, string figures)
    {
        var line = $"fault {fault}: {figures}";
        lock (_gate)
        {
            System.IO.File.AppendAllLines(File, [line]);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(line);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
