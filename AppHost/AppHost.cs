using Mc2cm.AppHost.Broker;
using Mc2cm.AppHost.Hosting;

var builder = DistributedApplication.CreateBuilder(args);
var suite = SuiteSettings.Read(builder);

var messaging = builder.AddMessagingBroker(suite);
var issuer = builder.AddTokenIssuer();

var cities = builder.AddSuiteService<Projects.Mc2cm_Cities>("cities", suite, database: "citiesdb")
    .WithTokensFrom(issuer, builder)
    .WithReference(messaging).WaitFor(messaging);

var knowledge = builder.AddSuiteService<Projects.Mc2cm_Knowledge>("knowledge", suite, database: "knowledgedb")
    .WithTokensFrom(issuer, builder)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(cities).WaitFor(cities);

var dialogue = builder.AddSuiteService<Projects.Mc2cm_Dialogue>("dialogue", suite, database: "dialoguedb")
    .WithTokensFrom(issuer, builder)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(cities).WaitFor(cities);

var action = builder.AddSuiteService<Projects.Mc2cm_Action>("action", suite, database: "actiondb")
    .WithTokensFrom(issuer, builder)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(cities).WaitFor(cities)
    .WithReference(knowledge).WaitFor(knowledge)
    .WithReference(dialogue).WaitFor(dialogue);

builder.AddProject<Projects.Mc2cm_Gateway>("gateway")
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithTokensFrom(issuer, builder)
    .WithReference(cities).WaitFor(cities)
    .WithReference(knowledge).WaitFor(knowledge)
    .WithReference(dialogue).WaitFor(dialogue)
    .WithReference(action).WaitFor(action);

builder.Build().Run();
