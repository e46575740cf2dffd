namespace Mc2cm.Gateway.Overview;

/// <summary>
/// The one deadline of an overview's calls: the configured time from now, or, when the caller's
/// own deadline comes sooner, a little before it, so the partial answer still reaches the caller.
/// </summary>
public static class OverviewDeadline
{
    /// <summary>Kept from a caller's deadline to compose and send the answer.</summary>
    public static readonly TimeSpan AnswerMargin = TimeSpan.FromMilliseconds(200);

    /// <param name="callerDeadline">The incoming call's deadline (UTC); <see cref="DateTime.MaxValue"/> when it has none.</param>
    public static DateTime For(DateTime utcNow, TimeSpan allowed, DateTime callerDeadline)
    {
        var ours = utcNow + allowed;
        return callerDeadline - AnswerMargin < ours ? callerDeadline - AnswerMargin : ours;
    }
}
