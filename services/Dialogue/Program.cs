using Mc2cm.Dialogue;
using Mc2cm.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDialogueService();

var app = builder.Build();
app.MapServiceDefaults();
app.MapDialogueService();
app.Run();
