namespace Mc2cm.AppHost.Hosting;

/// <summary>
/// Where the suite keeps its local data (SQLite files, the private RabbitMQ node) and which
/// database engine the services use. Data defaults to ".data" at the repository root, which git
/// ignores; "Suite:DataDirectory" moves it (tests give each app host its own folder).
/// </summary>
public sealed record SuiteSettings(string DataDirectory, string DatabaseProvider)
{
    public static SuiteSettings Read(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration["Suite:DataDirectory"];
        var dataDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(builder.AppHostDirectory, "..", ".data")
            : configured);
        Directory.CreateDirectory(dataDirectory);
        return new SuiteSettings(dataDirectory, builder.Configuration["Database:Provider"] ?? "Sqlite");
    }

    public bool UsesSqlServer => string.Equals(DatabaseProvider, "SqlServer", StringComparison.OrdinalIgnoreCase);
}
