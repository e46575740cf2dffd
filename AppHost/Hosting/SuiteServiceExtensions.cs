namespace Mc2cm.AppHost.Hosting;

public static class SuiteServiceExtensions
{
    /// <summary>
    /// Adds one of the suite's services with its own database: a SQLite file in the suite's data
    /// folder, or, with Database:Provider=SqlServer, the connection string of the same name from
    /// the AppHost's configuration (ConnectionStrings:{database}). Its readiness (/health: database
    /// and broker) shows on the dashboard; nothing waits for it (the services start side by side).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddSuiteService<TProject>(
        this IDistributedApplicationBuilder builder, string name, SuiteSettings suite, string database)
        where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name)
            .WithHttpHealthCheck("/health", endpointName: "http")
            .WithEnvironment("Database__Provider", suite.DatabaseProvider);
        if (suite.UsesSqlServer)
        {
            service.WithReference(builder.AddConnectionString(database));
        }
        else
        {
            service.WithEnvironment($"ConnectionStrings__{database}", $"Data Source={Path.Combine(suite.DataDirectory, database + ".db")}");
        }

        return service;
    }
}
