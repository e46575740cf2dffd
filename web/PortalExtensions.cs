using Mc2cm.ServiceDefaults;
using Mc2cm.ServiceDefaults.Health;
using Mc2cm.Web.Components;
using Mc2cm.Web.Features.Compare;
using Mc2cm.Web.Features.Meetings;
using Mc2cm.Web.Features.Errors;
using Mc2cm.Web.Features.Home;
using Mc2cm.Web.Gateway;
using Mc2cm.Web.Identity;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web;

/// <summary>The parts of the portal.</summary>
public static class PortalExtensions
{
    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        builder.AddClientAppDefaults();
        // Static server-side rendering only: every page is plain HTML, readable without JavaScript.
        builder.Services.AddRazorComponents();
        builder.Services.AddScoped<CurrentLanguage>();
        builder.Services.AddSingleton<Mc2cm.Web.Components.Forms.FormSubmissions>();
        builder.AddGatewayClients();
        builder.AddPortalSignIn();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        return builder;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = ErrorPaths.Error,
            CreateScopeForErrors = true,
            StatusCodeSelector = GatewayFailures.StatusFor,
            SuppressDiagnosticsCallback = context => GatewayFailures.IsExpected(context.Exception),
        });
        app.UseStatusCodePagesWithReExecute(ErrorPaths.NotFound, createScopeForStatusCodePages: true);
        app.UseUiLanguage();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHttpHealthEndpoints();
        app.MapAccountEndpoints();
        app.MapCompareEndpoints();
        app.MapCalendarEndpoints();
        app.MapOpenDataEndpoints();
        app.MapRazorComponents<App>();
        return app;
    }
}
