using Mc2cm.Cities;
using Mc2cm.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCitiesService();

var app = builder.Build();
app.MapServiceDefaults();
app.MapCitiesService();
app.Run();
