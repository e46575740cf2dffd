using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Events.Dialogue;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>
/// A meeting of the Dialogue component. Its rules: the lifecycle Planned → Confirmed → Held →
/// Reported (or Cancelled); dates and host move only by rescheduling, which keeps the history;
/// seats are given in registration order up to the capacity, then a waiting list. Every change
/// bumps the version (the etag, and the concurrency token that keeps two registrations from
/// taking the same last seat) and raises the matching event. This file holds what a meeting is
/// and its edits; the lifecycle, seats and outcomes have their own files.
/// </summary>
public sealed partial class Meeting : Aggregate
{
    private readonly List<string> _themeIds = [];
    private readonly List<string> _languages = [];
    private readonly List<AgendaSession> _sessions = [];
    private readonly List<MeetingDocument> _documents = [];
    private readonly List<ScheduleChange> _scheduleHistory = [];
    private readonly List<LocalizedText> _politicalMessages = [];

    private Meeting()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public MeetingKind Kind { get; private set; }

    public LocalizedText Names { get; private set; } = LocalizedText.Empty;

    public IReadOnlyList<string> ThemeIds => _themeIds;

    /// <summary>The member city that hosts it; null for an online event or one held outside the network.</summary>
    public string? HostCityId { get; private set; }

    /// <summary>The place as people know it ("Brussels", "Online"); empty when the host city says it all.</summary>
    public string Location { get; private set; } = string.Empty;

    public string CoOrganiser { get; private set; } = string.Empty;

    public MeetingDates Dates { get; private set; } = null!;

    public MeetingFormat Format { get; private set; }

    public IReadOnlyList<string> Languages => _languages;

    public MeetingState State { get; private set; }

    public IReadOnlyList<AgendaSession> Sessions => _sessions;

    public IReadOnlyList<MeetingDocument> Documents => _documents;

    public IReadOnlyList<ScheduleChange> ScheduleHistory => _scheduleHistory;

    public string CancelReason { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>How a meeting is found by its id ("meetings/{id}").</summary>
    public static ResourceKind<Meeting> Resource { get; } = new("Meeting", "meetings", id => m => m.Id == id);

    public override string ResourceName => $"meetings/{Id}";

    public static Meeting Schedule(NewMeeting input, DateTimeOffset now)
    {
        var meeting = new Meeting
        {
            Id = input.Id,
            Kind = input.Kind,
            Names = input.Names,
            HostCityId = input.HostCityId,
            Location = input.Location,
            CoOrganiser = input.CoOrganiser,
            Dates = input.Dates,
            Format = input.Format,
            Capacity = input.Capacity,
            State = MeetingState.Planned,
            CreatedAt = now,
            UpdatedAt = now,
        };
        meeting._themeIds.AddRange(input.ThemeIds);
        meeting._languages.AddRange(input.Languages);
        meeting._sessions.AddRange(input.Sessions);
        meeting._documents.AddRange(input.Documents);
        meeting.Raise(new MeetingScheduled(meeting.Id, meeting.Kind.ToEventName(), meeting.ThemeIds, meeting.HostCityId,
            meeting.Dates.Start, meeting.Dates.End, meeting.Dates.TimeZone, now));
        return meeting;
    }

    /// <summary>
    /// Applies the changes that are set. A larger capacity gives seats to <paramref name="waitingInOrder"/>
    /// (the waiting list, first in line first) as far as it goes.
    /// </summary>
    public void Update(MeetingChanges changes, IReadOnlyList<Registrations.Registration> waitingInOrder, DateTimeOffset now)
    {
        EnsureNot(MeetingState.Cancelled, "changed");
        var kind = changes.Kind ?? Kind;
        if (changes.Kind is { } newKind && newKind != Kind)
        {
            EnsureOpen("change its kind");
        }

        new FieldViolations()
            .Themes("meeting.themes", kind, changes.ThemeIds ?? ThemeIds)
            .Place("meeting.location", HostCityId, changes.Location ?? Location)
            .Agenda("meeting.sessions", changes.Sessions ?? Sessions, Dates.Days)
            .ThrowIfAny();
        if (changes.Capacity is { } capacity && capacity != Capacity)
        {
            ChangeCapacity(capacity, waitingInOrder, now);
        }

        Kind = kind;
        Names = changes.Names ?? Names;
        Location = changes.Location ?? Location;
        CoOrganiser = changes.CoOrganiser ?? CoOrganiser;
        Format = changes.Format ?? Format;
        Replace(_themeIds, changes.ThemeIds);
        Replace(_languages, changes.Languages);
        Replace(_sessions, changes.Sessions);
        Replace(_documents, changes.Documents);
        Touch(now);
    }

    private static void Replace<T>(List<T> items, IReadOnlyList<T>? replacement)
    {
        if (replacement is not null)
        {
            items.Clear();
            items.AddRange(replacement);
        }
    }

    /// <summary>Records a change: the new update time, and a new version.</summary>
    private void Touch(DateTimeOffset now, Contracts.Events.IIntegrationEvent? integrationEvent = null)
    {
        UpdatedAt = now;
        Changed(integrationEvent);
    }

    private void EnsureNot(MeetingState state, string what)
    {
        if (State == state)
        {
            throw new FailedPreconditionException("MEETING_STATE", ResourceName, $"{ResourceName} is {State.ToString().ToLowerInvariant()}: it cannot be {what}.");
        }
    }

    /// <summary>Refuses a change that only a meeting still to come (planned or confirmed) allows.</summary>
    private void EnsureOpen(string what)
    {
        if (State is not (MeetingState.Planned or MeetingState.Confirmed))
        {
            throw new FailedPreconditionException("MEETING_STATE", ResourceName,
                $"{ResourceName} is {State.ToString().ToLowerInvariant()}: only a planned or confirmed meeting can {what}.");
        }
    }
}
