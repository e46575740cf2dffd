using Grpc.Core;
using Mc2cm.Dialogue.Data;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Dialogue.Registrations;

/// <summary>
/// Runs a seat decision (register, cancel) and saves it. Every decision changes the meeting's
/// version, so when two are decided on the same version the database lets only one commit
/// (the concurrency check on both SQLite and SQL Server). The other is not the caller's fault,
/// unlike a stale etag: it is decided again from a fresh read, a bounded number of times, with
/// a short random pause so the racers spread out.
/// </summary>
public sealed class SeatContention(DialogueDbContext db, ILogger<SeatContention> logger)
{
    /// <param name="decide">Loads what it needs and changes it, without saving; errors it throws are the caller's.</param>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await decide(cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return result;
            }
            // A lost race on the meeting's version, or on the one-active-registration-per-address index: nothing was stored.
            catch (Exception ex) when (ex is StaleWriteException or AlreadyExistsException)
            {
                db.ChangeTracker.Clear();
                if (attempt >= RegistrationLimits.SeatAttempts)
                {
                    logger.LogWarning("Seat decision gave up after {Attempts} lost races", attempt);
                    throw new RpcException(new Status(StatusCode.Unavailable, "The meeting is taking many registrations at this moment; try again shortly."));
                }

                logger.LogDebug("Seat decision lost a race (attempt {Attempt}); deciding again", attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, Math.Min(100, 5 * attempt) + 1)), cancellationToken);
            }
        }
    }
}
