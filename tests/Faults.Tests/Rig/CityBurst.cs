using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>
/// A burst of client writes: registers <see cref="Count"/> new cities through Cities' gRPC API, a
/// few at a time, each with a deadline. It goes on whatever fails around it, and keeps count, so
/// a test can strike in the middle of it; it can also hold its last writes until the test has
/// brought back what it struck, so that some writes surely come after the recovery.
/// </summary>
public sealed class CityBurst(CitiesService.CitiesServiceClient cities, string prefix, int count, int parallel = 4)
{
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(30);
    private readonly List<RpcException> _failures = [];
    private readonly TaskCompletionSource _resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _holdFrom = int.MaxValue;
    private int _written;

    public string Prefix => prefix;

    public int Count => count;

    /// <summary>Cities the service has answered as registered so far.</summary>
    public int Written => Volatile.Read(ref _written);

    public IReadOnlyList<RpcException> Failures
    {
        get
        {
            lock (_failures)
            {
                return [.. _failures];
            }
        }
    }

    /// <summary>Writes numbered <paramref name="number"/> and above wait for <see cref="Resume"/>.</summary>
    public CityBurst HoldFrom(int number)
    {
        _holdFrom = number;
        return this;
    }

    public void Resume() => _resumed.TrySetResult();

    public Task RunAsync(CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (number, ct) =>
            {
                if (number >= _holdFrom)
                {
                    await _resumed.Task.WaitAsync(ct);
                }

                try
                {
                    await cities.CreateCityAsync(NewCities.Request(NewCities.Id(prefix, number)), deadline: DateTime.UtcNow + CallDeadline, cancellationToken: ct);
                    Interlocked.Increment(ref _written);
                }
                catch (RpcException ex)
                {
                    lock (_failures)
                    {
                        _failures.Add(ex);
                    }
                }
            });
}
