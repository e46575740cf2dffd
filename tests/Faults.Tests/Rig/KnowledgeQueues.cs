namespace Mc2cm.Faults.Tests.Rig;

/// <summary>Knowledge's queues on the broker: "{prefix}-knowledge-{handler}" (see EventHandlerRegistry).</summary>
public static class KnowledgeQueues
{
    public static string DraftProfiles(FaultScene scene) => $"{scene.QueuePrefix}-knowledge-draft-profile-for-new-city";

    public static string KnownCities(FaultScene scene) => $"{scene.QueuePrefix}-knowledge-known-city-handlers";

    /// <summary>The two queues CityRegistered reaches in Knowledge.</summary>
    public static string[] OfCityRegistered(FaultScene scene) => [DraftProfiles(scene), KnownCities(scene)];
}
