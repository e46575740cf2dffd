namespace Mc2cm.Dialogue.Registrations;

/// <summary>Sizes of registration fields, shared by validation and the database schema.</summary>
internal static class RegistrationLimits
{
    public const int Name = 200;

    /// <summary>Retries of a seat decision that lost a race, before the caller is told to try again.</summary>
    public const int SeatAttempts = 40;
}
