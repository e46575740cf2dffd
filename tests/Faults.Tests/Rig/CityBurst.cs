using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>
/// A burst of client writes: registers <paramref name="count"/> new cities through Cities' gRPC API, a
/// few at a time, each with a deadline. It goes on whatever fails around it, and keeps count, so
/// a test can strike in the middle of it; it can also hold writes behind gates the test opens
/// (after a kill, after a recovery), so that some writes surely come in each stage.
/// </summary>
public sealed class CityBurst(CitiesService.CitiesServiceClient cities, string prefix, int count, int parallel = 4)
{
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(30);
    private readonly List<RpcException> _failures = [];
    private readonly List<WriteGate> _gates = [];
    private int _written;

    public string Prefix => prefix;

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

    /// <summary>Writes numbered <paramref name="number"/> and above wait until the gate returned is opened.</summary>
    public WriteGate HoldFrom(int number)
    {
        var gate = new WriteGate(number);
        _gates.Add(gate);
        return gate;
    }

    public Task RunAsync(CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (number, ct) =>
            {
                foreach (var gate in _gates.Where(g => number >= g.From))
                {
                    await gate.WaitAsync(ct);
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

/// <summary>Holds the writes of a <see cref="CityBurst"/> from <see cref="From"/> on until <see cref="Open"/>.</summary>
public sealed class WriteGate(int from)
{
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int From => from;

    public void Open() => _opened.TrySetResult();

    internal Task WaitAsync(CancellationToken cancellationToken) => _opened.Task.WaitAsync(cancellationToken);
}
