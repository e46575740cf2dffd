using Mc2cm.Knowledge;
using Mc2cm.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddKnowledgeService();

var app = builder.Build();
app.MapServiceDefaults();
app.MapKnowledgeService();
app.Run();
