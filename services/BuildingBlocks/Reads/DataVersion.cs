using System.Security.Cryptography;
using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.BuildingBlocks.Reads;

/// <summary>
/// The version of the service's database as this process knows it, without a query: it moves on
/// after every save of that database — the service's own writes and the effects its inbox commits —
/// before the save returns, so an answer or an ETag tagged with an older version is never taken for
/// current once a write has answered. <see cref="Instance"/> tells this process's versions from
/// another's (after a restart the count starts again). Only saves made in this process move it: with
/// several replicas on one database each would miss the others' writes (docs/performance.md, "Reads").
/// </summary>
public sealed class DataVersion : ICommitListener
{
    private long _current;

    /// <summary>Random per process start: a version of another process or an earlier run never matches.</summary>
    public string Instance { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public long Current => Volatile.Read(ref _current);

    public void Committed(DbContext context) => Interlocked.Increment(ref _current);
}
