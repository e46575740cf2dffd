namespace Mc2cm.Testing;

/// <summary>Waits for a condition by polling it until a deadline: tests never sleep a fixed time.</summary>
public static class Poll
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How long a test waits for what crosses the broker (a publish, a consume, a commit behind it).
    /// Generous: CI runs all test projects side by side on two cores, and 20–30 s ran out there; a
    /// poll returns as soon as the condition holds, so a healthy run is no slower.
    /// </summary>
    public static readonly TimeSpan ThroughTheBroker = TimeSpan.FromSeconds(60);

    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> at the deadline.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await condition())
            {
                return;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for {what}.");
            }

            await Task.Delay(DefaultInterval, cancellationToken);
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what, CancellationToken cancellationToken = default) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, what, cancellationToken);
}
