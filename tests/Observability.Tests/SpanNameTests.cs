using System.Diagnostics;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Testing;

namespace Mc2cm.Observability.Tests;

/// <summary>
/// The server spans an operator reads in the dashboard are named by the route the caller used or
/// the gRPC method served, on the gateway and on the service behind it, not by placeholders of
/// the proxy ("{**rest}") or of JSON transcoding ("{__Complex_name_3}").
/// </summary>
[Collection(nameof(ObservedCollection))]
public sealed class SpanNameTests(ObservedSuite observed)
{
    private const string GetCity = "mc2cm.cities.v1.CitiesService/GetCity";
    private static readonly ActivitySource Client = new("Mc2cm.Tests.Client");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Gateway_and_service_spans_are_named_by_the_route_or_the_grpc_method()
    {
        ActivityTraceId rest, grpc;
        using (var root = Client.StartActivity("client: a city over REST"))
        {
            rest = root!.TraceId;
            using var http = observed.Suite.GatewayRest();
            (await http.GetAsync("/api/v1/cities/tunis", Ct)).EnsureSuccessStatusCode();
        }

        using (var root = Client.StartActivity("client: a city over gRPC"))
        {
            grpc = root!.TraceId;
            using var channel = observed.Suite.GatewayChannel();
            await new CitiesService.CitiesServiceClient(channel).GetCityAsync(new GetCityRequest { Name = "cities/tunis" }, cancellationToken: Ct);
        }

        // A server span is recorded when it ends, which may be just after the caller has its answer.
        try
        {
            await Poll.UntilAsync(() => Task.FromResult(ServerSpans(rest).Length == 2 && ServerSpans(grpc).Length == 2),
                TimeSpan.FromSeconds(10), "the gateway's and Cities' server spans", Ct);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} REST: [{string.Join(", ", ServerSpans(rest))}], gRPC: [{string.Join(", ", ServerSpans(grpc))}].", timeout);
        }

        Assert.Equal(["GET /api/v1/cities/{name}", GetCity], ServerSpans(rest));
        Assert.Equal([GetCity, GetCity], ServerSpans(grpc));
    }

    /// <summary>
    /// The trace's ASP.NET Core server spans, the gateway's first. The issuer's discovery documents are
    /// left out: the gateway and Cities fetch them on their first token, within that caller's trace.
    /// </summary>
    private string[] ServerSpans(ActivityTraceId trace) => [.. observed.Spans.Trace(trace)
        .Where(s => s.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn")
        .Where(s => s.GetTagItem("url.path") is not string path || !path.StartsWith("/.well-known/", StringComparison.Ordinal))
        .OrderBy(s => s.StartTimeUtc)
        .Select(s => s.DisplayName)];
}
