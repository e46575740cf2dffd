namespace Mc2cm.ServiceDefaults.Security;

/// <summary>
/// The authorization policies of the RPCs, one per audience their protos declare
/// ("option (mc2cm.common.v1.audience)", applied by BuildingBlocks' AudienceAuthorization).
/// Anonymous reads are AUDIENCE_ANYONE; an RPC that declares nothing falls back to <see cref="Coordinator"/>,
/// so a forgotten declaration locks a method rather than opens it.
/// </summary>
public static class Policies
{
    /// <summary>Partner coordinators only: review, publish, organise, open calls, select.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>A city's people (focal point, local expert) or a coordinator; the handler then checks the city.</summary>
    public const string CityStaff = "city-staff";

    /// <summary>Evaluators; the handler then checks the assignment.</summary>
    public const string Evaluator = "evaluator";

    /// <summary>Anyone signed in (e.g. registering for a meeting).</summary>
    public const string SignedIn = "signed-in";
}
