using Mc2cm.Bench.Load;
using Mc2cm.Bench.Processes;

namespace Mc2cm.Bench.Scenarios.EventPath;

/// <summary>The figures of the event path at one offered rate.</summary>
/// <param name="Offered">Writes a second the bench was asked to make.</param>
/// <param name="Scheduled">Writes due in the measured window.</param>
/// <param name="NotSent">Due writes the bench skipped because too many were still waiting for an answer.</param>
/// <param name="EffectsPerSecond">Consumer effects committed during the measured window, per second.</param>
/// <param name="WriteCall">From the scheduled time of a write to the client's answer (Cities committed).</param>
/// <param name="Observed">From the scheduled time of a write to its effect being seen committed in Knowledge's database.</param>
/// <param name="Stamped">From the scheduled time to Knowledge's own handling stamp (taken in its transaction, just before commit).</param>
/// <param name="OutboxDispatch">Cities: event raised → marked sent after the broker's confirmation.</param>
/// <param name="BrokerToConsumer">Marked sent → handled by Knowledge (can be below zero: the mark follows the confirm).</param>
/// <param name="BacklogAtEnd">Writes of the window whose effect was not yet seen when the window closed.</param>
/// <param name="DrainSeconds">From the window's close to the last effect of the window seen.</param>
/// <param name="Missing">Effects never seen within the drain time.</param>
/// <param name="FirstFifthP50">Observed p50 of the window's first fifth of writes; with <paramref name="LastFifthP50"/>, the trend.</param>
public sealed record EventPathResult(
    int Offered, double Seconds, long Scheduled, long NotSent, long WriteErrors, double EffectsPerSecond,
    Percentiles WriteCall, Percentiles Observed, Percentiles? Stamped, Percentiles? OutboxDispatch, Percentiles? BrokerToConsumer,
    long BacklogAtEnd, double DrainSeconds, long Missing, double FirstFifthP50, double LastFifthP50,
    bool KeptUp, string Verdict, string? FirstError, IReadOnlyList<ProcessFigures> Resources)
{
    /// <summary>The machine's load average before the rate's warm-up and after its measured window.</summary>
    public MachineLoad? Loads { get; init; }
}
