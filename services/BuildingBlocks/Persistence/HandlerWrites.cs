using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// Refuses the writes an integration event handler might make on its own — SaveChanges, and
/// ExecuteUpdate, ExecuteDelete or raw SQL (non-query commands) — while it runs: they would commit
/// outside the inbox's transaction, so a redelivered message would apply them twice. Saves are
/// checked by <see cref="ServiceDbContext"/> itself; commands by this interceptor, which every
/// service context gets from <see cref="DatabaseExtensions.AddServiceDatabase"/>.
/// </summary>
public sealed class HandlerWrites : DbCommandInterceptor
{
    public static HandlerWrites Instance { get; } = new();

    internal static void Refuse(DbContext? context)
    {
        if (context is ServiceDbContext { RunningHandler: { } handler })
        {
            throw new InvalidOperationException(
                $"{handler} wrote to the database on its own; a handler changes tracked entities and the inbox saves them with its record.");
        }
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Refuse(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData.Context);
        return ValueTask.FromResult(result);
    }
}
