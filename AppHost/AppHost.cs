using Mc2cm.AppHost.Broker;
using Mc2cm.AppHost.Hosting;

var builder = DistributedApplication.CreateBuilder(args);
var suite = SuiteSettings.Read(builder);

var messaging = builder.AddMessagingBroker(suite);

var cities = builder.AddSuiteService<Projects.Mc2cm_Cities>("cities", suite, database: "citiesdb")
    .WithReference(messaging).WaitFor(messaging);

builder.AddProject<Projects.Mc2cm_Gateway>("gateway")
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithReference(cities).WaitFor(cities);

builder.Build().Run();
