using Mc2cm.Bench.Scenarios;
using Mc2cm.Bench.Scenarios.EventPath;
using Mc2cm.Bench.Scenarios.LocalRun;
using Mc2cm.Bench.Scenarios.Portal;

namespace Mc2cm.Bench.Report;

/// <summary>Everything one bench run found, as written to bench/results/&lt;date&gt;.json (and .md).</summary>
public sealed record BenchReport(
    DateTime StartedUtc,
    string Mode,
    string? Note,
    MachineInfo Machine,
    ScenarioSettings Settings,
    IReadOnlyList<ColdStartResult> ColdStart,
    IReadOnlyList<Measurement> Reads,
    IReadOnlyList<OverviewAvailability> OverviewAvailability,
    IReadOnlyList<Measurement> Overview,
    IReadOnlyList<EventPathResult> EventPath,
    IReadOnlyList<OverviewAvailability> PortalAvailability,
    IReadOnlyList<Measurement> Portal,
    IReadOnlyList<PageWeightResult> PageWeights,
    IReadOnlyList<TargetCheck> Targets,
    double TotalSeconds)
{
    /// <summary>./run.sh's AppHost: its cold starts and telemetry's cost under it (--only local; absent in older results).</summary>
    public LocalRunResult? LocalRun { get; init; }

    /// <summary>The reads' medians and spreads over the rounds (written to the .json; recomputed from the runs when read back).</summary>
    public IReadOnlyList<TargetFigures> ReadFigures => ReadComparison.Figures(Reads);

    /// <summary>Gateway and nginx against direct and each other, paired within each round.</summary>
    public IReadOnlyList<PairedRatios> ReadRatios => ReadComparison.Ratios(Reads);
}

/// <summary>One of the targets, the figure that answers it, and whether it was met.</summary>
public sealed record TargetCheck(string Target, string Figure, bool? Met);
