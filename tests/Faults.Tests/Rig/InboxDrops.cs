using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>
/// Deliveries a service's inbox dropped because their message id was handled already, read from
/// the service's log: InboxConsumer writes "{event} {id} skipped by {handler}: {why}" for each.
/// </summary>
public static class InboxDrops
{
    public const string DraftProfiles = "DraftProfileForNewCity";
    public const string KnownCities = "KnownCityHandlers";

    public static int Count(ServiceProcess service, string handler) => service.CountLogLines($"skipped by {handler}:");
}
