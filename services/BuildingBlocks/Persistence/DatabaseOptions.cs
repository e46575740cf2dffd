namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>The database engines a service can run on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file database: the default, for development, tests and small installs.</summary>
    Sqlite,

    /// <summary>The production database.</summary>
    SqlServer,
}

/// <summary>Settings from configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (default) or "SqlServer".</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
