using Mc2cm.Identity;
using Mc2cm.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDevIdentity();

var app = builder.Build();
app.MapServiceDefaults();
app.MapDevIdentity();
app.Run();
