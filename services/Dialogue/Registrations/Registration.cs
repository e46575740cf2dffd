using Mc2cm.BuildingBlocks.Persistence;

namespace Mc2cm.Dialogue.Registrations;

/// <summary>
/// A participant's registration for a meeting. Its seat is decided by the meeting (see
/// Meeting.Register), which also moves it up from the waiting list or cancels it. Personal
/// data: it raises no event and is never logged.
/// </summary>
public sealed class Registration : Aggregate
{
    private Registration()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public string MeetingId { get; private set; } = string.Empty;

    public Participant Participant { get; private set; } = null!;

    public RegistrationState State { get; private set; }

    /// <summary>Its number in the meeting's registration order, which is the waiting list's order.</summary>
    public int Number { get; private set; }

    /// <summary>The participant's e-mail key while the registration is active, null once cancelled: unique per meeting.</summary>
    public string? ActiveEmailKey { get; private set; }

    /// <summary>The subject of the caller who registered.</summary>
    public string RegisteredBy { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public override string ResourceName => $"meetings/{MeetingId}/registrations/{Id}";

    /// <summary>A new, unguessable registration id (registrations hold personal data).</summary>
    public static string NewId() => $"r{Guid.NewGuid():N}";

    internal static Registration Create(string id, string meetingId, Participant participant, string registeredBy, RegistrationState state, int number, DateTimeOffset now) => new()
    {
        Id = id,
        MeetingId = meetingId,
        Participant = participant,
        RegisteredBy = registeredBy,
        State = state,
        Number = number,
        ActiveEmailKey = participant.EmailKey,
        CreatedAt = now,
        UpdatedAt = now,
    };

    internal void Cancel(DateTimeOffset now)
    {
        State = RegistrationState.Cancelled;
        ActiveEmailKey = null;
        UpdatedAt = now;
        Changed();
    }

    internal void MoveUp(DateTimeOffset now)
    {
        State = RegistrationState.Registered;
        UpdatedAt = now;
        Changed();
    }
}

public enum RegistrationState
{
    Registered = 1,
    Waitlisted = 2,
    Cancelled = 3,
}
