using Mc2cm.Action;
using Mc2cm.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddActionService();

var app = builder.Build();
app.MapServiceDefaults();
app.MapActionService();
app.Run();
