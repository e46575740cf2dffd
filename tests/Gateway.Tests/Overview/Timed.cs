using System.Diagnostics;

namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>Times a call; the test's output shows how long it took.</summary>
public static class Timed
{
    public static async Task<(T Answer, TimeSpan Took)> CallAsync<T>(string what, Func<Task<T>> call)
    {
        var clock = Stopwatch.StartNew();
        var answer = await call();
        var took = clock.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine($"{what}: {took.TotalMilliseconds:0} ms.");
        return (answer, took);
    }
}
