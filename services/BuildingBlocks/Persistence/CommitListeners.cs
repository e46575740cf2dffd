using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// Told after every save of the service's database that committed, and after every save that failed
/// (a save that lost its connection during COMMIT may have committed): e.g. a read cache that must not
/// outlive a write. Saves only: a change made otherwise (ExecuteUpdate, raw SQL, a transaction of
/// one's own committed after its saves) is not told.
/// </summary>
public interface ICommitListener
{
    void Committed(DbContext context);
}

/// <summary>Tells the service's <see cref="ICommitListener"/>s after each save, committed or failed, before the save returns to its caller.</summary>
internal sealed class CommitListeners(IEnumerable<ICommitListener> listeners) : SaveChangesInterceptor
{
    private readonly ICommitListener[] _listeners = [.. listeners];

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Tell(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Tell(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Tell(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Tell(eventData.Context);
        return Task.CompletedTask;
    }

    private void Tell(DbContext? context)
    {
        if (context is not null)
        {
            foreach (var listener in _listeners)
            {
                listener.Committed(context);
            }
        }
    }
}
