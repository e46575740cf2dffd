namespace Mc2cm.BuildingBlocks.Outbox;

/// <summary>
/// Wakes the dispatcher as soon as a transaction has committed new outbox messages, so the
/// normal case never waits for the sweep interval. Many notifications collapse into one wake-up.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the dispatcher will read every committed message when it wakes.
        }
    }

    /// <summary>Waits until notified (true) or until <paramref name="timeout"/> passes (false: the sweep).</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
