namespace Mc2cm.ServiceDefaults.Security;

/// <summary>The claims MC2CM reads from an access token, as the issuer writes them (no remapping).</summary>
public static class McClaims
{
    /// <summary>The caller's id: the token subject.</summary>
    public const string Subject = "sub";

    /// <summary>A display name, for records such as a profile's history.</summary>
    public const string Name = "name";

    /// <summary>One claim per role (<see cref="Roles"/>).</summary>
    public const string Role = "role";

    /// <summary>One claim per city the caller works for, by city id ("tunis").</summary>
    public const string City = "mc2cm:city";

    /// <summary>The audience of MC2CM access tokens, unless Auth:Audience says otherwise.</summary>
    public const string DefaultAudience = "mc2cm-api";
}

/// <summary>The roles of the programme. The public reader is the anonymous caller: no role, no token.</summary>
public static class Roles
{
    /// <summary>Partner staff: review, publish, organise meetings, open calls, select; may act for any city.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>A city's focal point: writes their own cities' data.</summary>
    public const string FocalPoint = "focal-point";

    /// <summary>A city's local expert: writes their own cities' data.</summary>
    public const string LocalExpert = "local-expert";

    /// <summary>Scores the applications they are assigned.</summary>
    public const string Evaluator = "evaluator";

    public static readonly IReadOnlyList<string> All = [Coordinator, FocalPoint, LocalExpert, Evaluator];
}
