using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>
/// The suite's figures: each test writes one line, "fault {name}: {figures}", to
/// artifacts/reports/faults.txt (eng/faults.sh empties it first and prints it at the end).
/// </summary>
public static class FaultReport
{
    public static void Write(string fault, string figures) => SuiteReport.Write("faults", $"fault {fault}: {figures}");
}
