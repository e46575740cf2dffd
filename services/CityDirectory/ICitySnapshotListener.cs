using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.CityDirectory;

/// <summary>
/// Told about every city after a snapshot sync, to catch up on what the service missed while it
/// was not subscribed yet (e.g. Knowledge starts the drafts of cities registered before it ran).
/// Runs in the sync's unit of work: it changes tracked entities and does not save.
/// </summary>
public interface ICitySnapshotListener
{
    Task OnSnapshotAsync(IReadOnlyList<City> cities, CancellationToken cancellationToken);
}
