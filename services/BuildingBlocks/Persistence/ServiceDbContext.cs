using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.BuildingBlocks.Outbox;
using Mc2cm.Domain.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// Base of every service's database: its own tables plus the outbox and inbox. Saving writes
/// the events raised by changed aggregates into the outbox in the same transaction, and turns
/// a lost concurrency race or a duplicate key into the API's Aborted / AlreadyExists errors.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>
    /// The event types of the outbox messages the current save writes; read by the commit notifier.
    /// Every save sets it first, so a pooled context never shows a former lease's list.
    /// </summary>
    internal IReadOnlyList<string> UnannouncedEvents { get; set; } = [];

    /// <summary>
    /// The integration event handler running in this unit of work, if one is: the inbox commits
    /// its change with the inbox record, so a save or bulk write of its own is refused.
    /// </summary>
    internal string? RunningHandler { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        HandlerWrites.Refuse(this);
        var changed = ChangeTracker.Entries<Aggregate>().Select(e => e.Entity).Where(a => a.PendingEvents.Count > 0).ToList();
        var outbox = changed.SelectMany(a => a.PendingEvents.Select(e => OutboxMessage.For(e, a.ResourceName))).ToList();
        OutboxMessages.AddRange(outbox);
        // Set before saving: the commit notifier reads it while the save completes.
        UnannouncedEvents = outbox.Select(m => m.EventType).ToList();
        try
        {
            int written;
            using (await SqliteWriteGate.EnterAsync(this, cancellationToken))
            {
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            changed.ForEach(a => a.ClearPendingEvents());
            return written;
        }
        catch (DbUpdateException ex)
        {
            // Nothing was committed: take the outbox rows back so a retry does not write them twice.
            UnannouncedEvents = [];
            outbox.ForEach(m => Entry(m).State = EntityState.Detached);
            throw Translate(ex);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no date-time-offset type: store UTC ticks so ordering and comparison work in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    private static Exception Translate(DbUpdateException exception)
    {
        var aggregate = exception.Entries.Select(e => e.Entity).OfType<Aggregate>().FirstOrDefault();
        if (aggregate is null)
        {
            return exception;
        }

        if (exception is DbUpdateConcurrencyException)
        {
            return new StaleWriteException(aggregate.ResourceName);
        }

        return UniqueKeyViolation.Matches(exception)
            ? new AlreadyExistsException(aggregate.GetType().Name, aggregate.ResourceName)
            : exception;
    }
}
