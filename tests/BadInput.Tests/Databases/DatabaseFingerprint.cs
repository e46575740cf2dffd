using System.Globalization;
using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.BadInput.Tests.Databases;

/// <summary>
/// A cheap picture of one service's database: the rows of every table of its model (outbox and
/// inbox included) and the sum of the versions of its aggregates, so any insert, delete or
/// aggregate change shows. One SQL statement reads it all.
/// </summary>
public sealed record DatabaseFingerprint(string Service, IReadOnlyDictionary<string, long> Figures)
{
    private const string VersionColumn = "Version";

    public static async Task<DatabaseFingerprint> TakeAsync(string service, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var figures = Queries(db).ToList();
        var sql = "SELECT " + string.Join(", ", figures.Select(f => $"({f.Sql})"));
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new DatabaseFingerprint(service, figures.Select((f, i) => (f.Name, Value: reader.IsDBNull(i) ? 0 : Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture)))
                .ToDictionary(f => f.Name, f => f.Value));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>What changed from <paramref name="before"/> to this one, e.g. "action.Priorities rows 3 → 4".</summary>
    public IEnumerable<string> ChangesSince(DatabaseFingerprint before) =>
        Figures.Where(f => before.Figures.GetValueOrDefault(f.Key) != f.Value)
            .Select(f => $"{Service}.{f.Key} {before.Figures.GetValueOrDefault(f.Key)} → {f.Value}");

    private static IEnumerable<(string Name, string Sql)> Queries(DbContext db)
    {
        var tables = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .GroupBy(e => e.GetTableName()!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var table in tables)
        {
            yield return ($"{table.Key} rows", $"SELECT COUNT(*) FROM \"{table.Key}\"");
            var versioned = table.SelectMany(e => e.GetProperties()).Any(p => p.GetColumnName() == VersionColumn);
            if (versioned)
            {
                yield return ($"{table.Key} versions", $"SELECT COALESCE(SUM(\"{VersionColumn}\"), 0) FROM \"{table.Key}\"");
            }
        }
    }
}
