using System.Net;
using System.Text.Json;
using Mc2cm.Gateway.Routing;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests;

/// <summary>
/// /health tells anyone whether the process is ready; which checks it ran and why they failed only
/// in Development or to a signed-in coordinator. The gateway alone is enough: the writer is ServiceDefaults'.
/// </summary>
public sealed class HealthDetailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Staging", null, false)]
    [InlineData("Production", SharedIssuer.TunisFocalPoint, false)]
    [InlineData("Production", SharedIssuer.Coordinator, true)]
    [InlineData("Development", null, true)]
    public async Task Checks_are_listed_in_development_or_to_a_coordinator_only(string environment, string? user, bool listed)
    {
        await using var gateway = ServiceHost<Backend>.StartNew(new Dictionary<string, string?> { ["environment"] = environment });
        using var rest = gateway.CreateRestClient(user);

        using var response = await rest.GetAsync("/health", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var report = JsonDocument.Parse(body).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal(listed, report.TryGetProperty("checks", out var checks));
        Assert.Equal(listed, body.Contains("self", StringComparison.Ordinal));
        if (listed)
        {
            Assert.Equal("Healthy", checks.GetProperty("self").GetProperty("status").GetString());
        }
    }
}
