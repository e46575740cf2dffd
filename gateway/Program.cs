using Mc2cm.Gateway;
using Mc2cm.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.MapServiceDefaults();
app.MapGateway();
app.Run();
