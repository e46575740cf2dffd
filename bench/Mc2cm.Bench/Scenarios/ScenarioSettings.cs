namespace Mc2cm.Bench.Scenarios;

/// <summary>How long and how hard each scenario runs: the full run, or --quick to check the harness.</summary>
/// <param name="JitWarmup">Load per target and face before a scenario's first measurement, thrown away (the JIT's tiers).</param>
/// <param name="Warmup">Load before each measured window, thrown away.</param>
/// <param name="Rounds">
/// How often a comparison (the reads: direct, gateway, nginx) runs its targets one after the other at
/// each level; each round is a shorter window (<paramref name="RoundWarmup"/>, <paramref name="RoundMeasure"/>),
/// and the report gives the median of the rounds and their spread.
/// </param>
public sealed record ScenarioSettings(
    IReadOnlyList<int> Concurrency, TimeSpan JitWarmup, TimeSpan Warmup, TimeSpan Measure,
    IReadOnlyList<int> EventRates, TimeSpan EventWarmup, TimeSpan EventMeasure, TimeSpan EventDrain,
    int Rounds = 1, TimeSpan RoundWarmup = default, TimeSpan RoundMeasure = default)
{
    public static readonly ScenarioSettings Full = new(
        [1, 16, 64], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5),
        [200, 1000], TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30),
        Rounds: 3, RoundWarmup: TimeSpan.FromSeconds(1), RoundMeasure: TimeSpan.FromSeconds(3));

    public static readonly ScenarioSettings Quick = new(
        [1, 16, 64], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1.5),
        [200, 1000], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(20),
        Rounds: 2, RoundWarmup: TimeSpan.FromSeconds(0.5), RoundMeasure: TimeSpan.FromSeconds(1));
}
