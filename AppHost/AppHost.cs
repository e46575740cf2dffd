using Mc2cm.AppHost.Broker;
using Mc2cm.AppHost.Hosting;

var builder = DistributedApplication.CreateBuilder(args);
var suite = SuiteSettings.Read(builder);

var messaging = builder.AddMessagingBroker(suite);
var issuer = builder.AddTokenIssuer();

// Nothing waits for anything: every process starts as soon as DCP runs, side by side with the broker
// and the token issuer, and serves while they and its peers are still starting. A service's outbox
// keeps its events until the broker answers (MassTransit connects again by itself, and /health says
// "broker" until then); a token is checked against the issuer only when a call brings one, and none
// exists before the issuer is up; a peer that is down is retried or reported as unavailable. So the
// suite is up in the time of its slowest process, not of a chain.
var cities = builder.AddSuiteService<Projects.Mc2cm_Cities>("cities", suite, database: "citiesdb")
    .WithTokensFrom(issuer, builder)
    .WithReference(messaging);

var knowledge = builder.AddSuiteService<Projects.Mc2cm_Knowledge>("knowledge", suite, database: "knowledgedb")
    .WithTokensFrom(issuer, builder)
    .WithReference(messaging)
    .WithReference(cities);

var dialogue = builder.AddSuiteService<Projects.Mc2cm_Dialogue>("dialogue", suite, database: "dialoguedb")
    .WithTokensFrom(issuer, builder)
    .WithReference(messaging)
    .WithReference(cities);

var action = builder.AddSuiteService<Projects.Mc2cm_Action>("action", suite, database: "actiondb")
    .WithTokensFrom(issuer, builder)
    .WithReference(messaging)
    .WithReference(cities)
    .WithReference(knowledge)
    .WithReference(dialogue);

var gateway = builder.AddProject<Projects.Mc2cm_Gateway>("gateway")
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithTokensFrom(issuer, builder)
    .WithReference(cities)
    .WithReference(knowledge)
    .WithReference(dialogue)
    .WithReference(action);

// The portal signs people in at the dev issuer, which sends them back to wherever the portal listens.
var web = builder.AddPortal(gateway, issuer);
issuer.WithSignInClient(web);

// For every project above: its own ports, no DCP proxy; one trace sample ratio.
builder.ListenDirectly();
builder.ShareTraceSampleRatio();

builder.Build().Run();
