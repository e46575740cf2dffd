namespace Mc2cm.Cities.Cities;

/// <summary>A city's relation to the network now.</summary>
public enum MembershipStatus
{
    /// <summary>Registered, never joined.</summary>
    NotMember = 0,

    /// <summary>Has a current membership.</summary>
    Member = 1,

    /// <summary>Was a member and left.</summary>
    FormerMember = 2,
}
