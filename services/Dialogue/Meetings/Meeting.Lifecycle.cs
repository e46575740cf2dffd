using Mc2cm.Contracts.Events.Dialogue;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>The lifecycle: confirm, reschedule, cancel, mark held; and the flag for the coordinators.</summary>
public sealed partial class Meeting
{
    public MeetingFlagReason? FlagReason { get; private set; }

    public string FlagDescription { get; private set; } = string.Empty;

    public DateTimeOffset? FlaggedAt { get; private set; }

    public MeetingFlag? Flag => FlagReason is { } reason ? new MeetingFlag(reason, FlagDescription, FlaggedAt!.Value) : null;

    public void Confirm(DateTimeOffset now)
    {
        if (State != MeetingState.Planned)
        {
            throw new FailedPreconditionException("MEETING_STATE", ResourceName, $"{ResourceName} is {StateName}: only a planned meeting can be confirmed.");
        }

        if (Flag is { } flag)
        {
            throw new FailedPreconditionException("MEETING_FLAG", ResourceName, $"{ResourceName} cannot be confirmed while it is flagged: {flag.Description}");
        }

        State = MeetingState.Confirmed;
        Touch(now);
    }

    /// <summary>Moves the meeting to new dates (and perhaps another host), keeping the earlier schedule; clears the flag.</summary>
    public void Reschedule(MeetingMove move, string actor, DateTimeOffset now)
    {
        EnsureOpen("be rescheduled");
        var dates = new MeetingDates(move.Start, move.End, move.TimeZone ?? Dates.TimeZone);
        var host = move.MovesHost ? move.HostCityId : HostCityId;
        var location = move.Location ?? Location;
        var lastDay = Sessions.Select(s => s.Day).DefaultIfEmpty(1).Max();
        new FieldViolations()
            .Place("location", host, location)
            .Check(lastDay <= dates.Days, "end_date",
                $"leaves no room for the agenda, which runs to day {lastDay}; shorten the agenda first.",
                FieldReason.AtLeast(dates.Start.AddDays(lastDay - 1)))
            .ThrowIfAny();

        var previous = (Dates, HostCityId);
        _scheduleHistory.Add(new ScheduleChange(Dates.Start, Dates.End, HostCityId, dates.Start, dates.End, host, move.Reason, actor, now));
        Dates = dates;
        HostCityId = host;
        Location = location;
        ClearFlag();
        Touch(now, new MeetingRescheduled(Id, previous.HostCityId, previous.Dates.Start, previous.Dates.End, HostCityId, Dates.Start, Dates.End, now));
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        EnsureOpen("be cancelled");
        State = MeetingState.Cancelled;
        CancelReason = reason;
        ClearFlag();
        Touch(now, new MeetingCancelled(Id, HostCityId, RegisteredCount, WaitlistedCount, now));
    }

    /// <summary>Records that a confirmed meeting took place: not before its first day where it is held.</summary>
    public void MarkHeld(DateTimeOffset now)
    {
        if (State != MeetingState.Confirmed)
        {
            throw new FailedPreconditionException("MEETING_STATE", ResourceName, $"{ResourceName} is {StateName}: only a confirmed meeting can be marked held.");
        }

        if (!Dates.HasStarted(now))
        {
            throw new FailedPreconditionException("MEETING_DATES", ResourceName,
                $"{ResourceName} starts on {Dates.Start:yyyy-MM-dd} ({Dates.TimeZone}): it cannot be marked held before then.");
        }

        State = MeetingState.Held;
        Touch(now, new MeetingHeld(Id, Kind.ToEventName(), ThemeIds, HostCityId, Dates.Start, Dates.End, RegisteredCount, now));
    }

    /// <summary>
    /// Flags a meeting still to come whose host left the network before its last day: the
    /// coordinators move or cancel it; nothing is deleted. False when there was nothing to flag
    /// (another host, already flagged, or over by then), so a repeated fact changes nothing.
    /// </summary>
    public bool FlagHostLeft(string cityId, DateOnly leftOn, DateTimeOffset now)
    {
        if (HostCityId != cityId || State is not (MeetingState.Planned or MeetingState.Confirmed)
            || Dates.End <= leftOn || FlagReason == MeetingFlagReason.HostLeftNetwork)
        {
            return false;
        }

        FlagReason = MeetingFlagReason.HostLeftNetwork;
        FlagDescription = $"cities/{cityId} left the network on {leftOn:yyyy-MM-dd}, so it can no longer host this meeting: reschedule it with a member host, or cancel it.";
        FlaggedAt = now;
        Touch(now);
        return true;
    }

    private string StateName => State.ToString().ToLowerInvariant();

    private void ClearFlag()
    {
        FlagReason = null;
        FlagDescription = string.Empty;
        FlaggedAt = null;
    }
}
