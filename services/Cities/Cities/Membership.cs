namespace Mc2cm.Cities.Cities;

/// <summary>One period of a city's membership of the network, in a programme phase.</summary>
public sealed class Membership
{
    private Membership()
    {
    }

    public Membership(string phaseId, DateOnly joinedOn)
    {
        PhaseId = phaseId;
        JoinedOn = joinedOn;
    }

    public string PhaseId { get; private set; } = string.Empty;

    public DateOnly JoinedOn { get; private set; }

    /// <summary>Last day of membership; null while it lasts.</summary>
    public DateOnly? LeftOn { get; private set; }

    public bool IsCurrent => LeftOn is null;

    internal void End(DateOnly leftOn) => LeftOn = leftOn;
}
