using Microsoft.Data.Sqlite;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>Reads a service's SQLite file from outside the service, the way an operator would look.</summary>
internal static class SqliteFile
{
    /// <param name="sql">The query, with $names for <paramref name="parameters"/>.</param>
    public static async Task<List<T>> QueryAsync<T>(
        string file, string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(file, cancellationToken);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Runs a statement that changes the file (a test playing a fault in the service's store).</summary>
    public static async Task ExecuteAsync(string file, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(file, cancellationToken);
        await using var command = Command(connection, sql, []);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<SqliteConnection> OpenAsync(string file, CancellationToken cancellationToken)
    {
        // ReadWrite, not ReadWriteCreate: a missing file is an error, never a new empty database.
        // No pooling: nothing of the test keeps the file open between looks.
        var connection = new SqliteConnection($"Data Source={file};Mode=ReadWrite;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
