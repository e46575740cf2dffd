using Mc2cm.Gateway;
using Mc2cm.Gateway.Routing;
using Mc2cm.ServiceDefaults;

ProxyTransport.UseInlineSocketCompletions();
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.MapServiceDefaults();
app.MapGateway();
app.Run();
