namespace Mc2cm.Dialogue.Registrations;

/// <summary>A person taking part in a meeting. Personal data: it stays in this service.</summary>
/// <param name="CityId">The city the person comes for, if any.</param>
public sealed record Participant(string Name, string Organisation, string? CityId, ParticipantRole Role, string Email)
{
    /// <summary>The address as it identifies a person: one active registration per key and meeting.</summary>
    public string EmailKey => Email.Trim().ToLowerInvariant();
}

public enum ParticipantRole
{
    ElectedOfficial = 1,
    CityStaff = 2,
    Expert = 3,
    PartnerStaff = 4,
    CivilSociety = 5,
}
