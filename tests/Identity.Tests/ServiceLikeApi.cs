using Mc2cm.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Mc2cm.Identity.Tests;

/// <summary>
/// An API guarded by exactly what guards every service and the gateway (ServiceDefaults' JWT
/// bearer validation against the issuer's discovery document and keys, and its policies), so a
/// token it accepts is a token the services accept.
/// </summary>
public sealed class ServiceLikeApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServiceLikeApi(WebApplication app) => _app = app;

    public static async Task<ServiceLikeApi> StartAsync(DevIssuer issuer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Auth:Authority"] = issuer.Address.ToString();
        builder.Configuration["Auth:RequireHttpsMetadata"] = "false";
        builder.Configuration["Auth:AnonymousSubjects:0"] = DevIssuer.PortalId;
        builder.AddServiceAuthentication();
        var app = builder.Build();
        // As a city-scoped write: the policy lets city staff in, then the city is checked.
        app.MapGet("/cities/{cityId}/draft", (HttpContext http, string cityId) =>
            http.User.WorksFor(cityId) ? Results.Text(http.User.Subject()) : Results.StatusCode(StatusCodes.Status403Forbidden))
            .RequireAuthorization(Policies.CityStaff);
        app.MapGet("/registrations", (HttpContext http) => Results.Text(http.User.Subject())).RequireAuthorization(Policies.SignedIn);
        app.MapGet("/published", (HttpContext http) => Results.Text(http.User.IsSignedIn() ? "signed in" : "anonymous")).AllowAnonymous();
        app.MapGet("/review", () => Results.Text("coordinator")); // no declaration: the coordinator-only fallback
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new ServiceLikeApi(app);
    }

    /// <summary>Calls <paramref name="path"/> with <paramref name="accessToken"/> (none when null): status and body.</summary>
    public async Task<(int Status, string Body)> CallAsync(string path, string? accessToken)
    {
        using var client = _app.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new("Bearer", accessToken);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
