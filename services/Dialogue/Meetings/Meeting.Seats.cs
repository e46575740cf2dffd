using Mc2cm.Dialogue.Registrations;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>
/// Seats: given in registration order up to the capacity, then a waiting list that moves up
/// when a seat frees. The counts live on the meeting, so every registration changes the
/// meeting's version: of two registrations decided on the same version only one commits, and
/// the other is decided again on the new counts. That is what keeps the last seat single.
/// </summary>
public sealed partial class Meeting
{
    /// <summary>Seats for participants; 0 means no limit.</summary>
    public int Capacity { get; private set; }

    public int RegisteredCount { get; private set; }

    public int WaitlistedCount { get; private set; }

    /// <summary>The number of the last registration made: registrations are numbered in order, which orders the waiting list.</summary>
    public int LastRegistrationNumber { get; private set; }

    public bool HasFreeSeat => Capacity == 0 || RegisteredCount < Capacity;

    /// <summary>A seat while one is free, else a place at the end of the waiting list.</summary>
    /// <param name="registeredBy">The subject of the caller who registers: with the coordinators, the only one who may see it.</param>
    public Registration Register(string registrationId, Participant participant, string registeredBy, DateTimeOffset now)
    {
        EnsureRegistrationOpen();
        var seat = HasFreeSeat;
        LastRegistrationNumber++;
        if (seat)
        {
            RegisteredCount++;
        }
        else
        {
            WaitlistedCount++;
        }

        Touch(now);
        return Registration.Create(registrationId, Id, participant, registeredBy, seat ? RegistrationState.Registered : RegistrationState.Waitlisted, LastRegistrationNumber, now);
    }

    /// <summary>
    /// Cancels <paramref name="registration"/>. A seat it frees goes to <paramref name="nextInLine"/>,
    /// the first of the waiting list (null when it is empty), who is returned.
    /// </summary>
    public Registration? Withdraw(Registration registration, Registration? nextInLine, DateTimeOffset now)
    {
        EnsureRegistrationOpen();
        EnsureOwn(registration);
        if (registration.State == RegistrationState.Cancelled)
        {
            throw new FailedPreconditionException("REGISTRATION_STATE", registration.ResourceName, $"{registration.ResourceName} is cancelled already.");
        }

        var freesSeat = registration.State == RegistrationState.Registered;
        registration.Cancel(now);
        if (freesSeat)
        {
            RegisteredCount--;
        }
        else
        {
            WaitlistedCount--;
        }

        var movedUp = freesSeat && nextInLine is not null && HasFreeSeat ? MoveUp(nextInLine, now) : null;
        Touch(now);
        return movedUp;
    }

    /// <summary>Sets the capacity; seats it adds go to the waiting list in order. It cannot drop below the seats taken.</summary>
    private void ChangeCapacity(int capacity, IReadOnlyList<Registration> waitingInOrder, DateTimeOffset now)
    {
        EnsureOpen("change its capacity");
        if (capacity != 0 && capacity < RegisteredCount)
        {
            throw new FailedPreconditionException("CAPACITY", ResourceName,
                $"{ResourceName} has {RegisteredCount} participants registered: its capacity cannot go below that.");
        }

        Capacity = capacity;
        foreach (var next in waitingInOrder.OrderBy(r => r.Number).TakeWhile(_ => HasFreeSeat))
        {
            MoveUp(next, now);
        }
    }

    private Registration MoveUp(Registration waiting, DateTimeOffset now)
    {
        EnsureOwn(waiting);
        if (waiting.State != RegistrationState.Waitlisted)
        {
            throw new InvalidOperationException($"{waiting.ResourceName} is not on the waiting list.");
        }

        waiting.MoveUp(now);
        WaitlistedCount--;
        RegisteredCount++;
        return waiting;
    }

    private void EnsureOwn(Registration registration)
    {
        if (registration.MeetingId != Id)
        {
            throw new InvalidOperationException($"{registration.ResourceName} is not a registration of {ResourceName}.");
        }
    }

    private void EnsureRegistrationOpen()
    {
        if (State is not (MeetingState.Planned or MeetingState.Confirmed))
        {
            throw new FailedPreconditionException("REGISTRATION_CLOSED", ResourceName,
                $"Registrations for {ResourceName} are closed: the meeting is {StateName}.");
        }
    }
}
