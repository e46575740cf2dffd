namespace Mc2cm.Faults.Tests.Rig;

/// <summary>Bounds every fault test as a whole, beyond the deadlines of its own waits.</summary>
public static class FaultTest
{
    /// <summary>Milliseconds; xunit cancels the test's token and fails it past this.</summary>
    public const int Timeout = 5 * 60 * 1000;
}
