using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Faults.Tests.Rig;
using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests;

/// <summary>
/// The Cities process is killed behind the gateway process: the gateway answers Unavailable (gRPC)
/// and 503 (REST) at once — not after the client's deadline — and serves Cities again once a new
/// Cities process is up on the same ports.
/// </summary>
public sealed class GatewayUnavailableTests(SharedBroker broker)
{
    private const int CallsWhileDown = 5;
    private static readonly TimeSpan AnswerLimit = TimeSpan.FromSeconds(2);
    // Far beyond the limit: a gateway that waited for the service would show up as a slow answer, not a hang.
    private static readonly TimeSpan ClientDeadline = TimeSpan.FromSeconds(20);
    private static readonly GetCityRequest Lisbon = new() { Name = "cities/lisbon" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = FaultTest.Timeout)]
    public async Task A_killed_service_is_answered_unavailable_at_once_and_served_again_after_restart()
    {
        await using var scene = FaultScene.OnSharedBroker("gateway-unavailable", broker);
        var citiesProcess = scene.Cities();
        await citiesProcess.StartAsync(Ct);
        var gateway = scene.Gateway(citiesProcess);
        await gateway.StartAsync(Ct);
        using var channel = gateway.CreateGrpcChannel(user: null);
        using var rest = gateway.CreateRestClient(user: null);
        rest.Timeout = ClientDeadline;
        var cities = new CitiesService.CitiesServiceClient(channel);
        await cities.GetCityAsync(Lisbon, cancellationToken: Ct);

        await citiesProcess.KillAsync();
        var answers = new List<(string Answer, TimeSpan Took)>();
        for (var call = 0; call < CallsWhileDown; call++)
        {
            answers.Add(await TimedAsync(() => GrpcAnswerAsync(cities)));
            answers.Add(await TimedAsync(() => RestAnswerAsync(rest)));
        }

        var restarted = Stopwatch.StartNew();
        await citiesProcess.StartAsync(Ct);
        await Poll.UntilAsync(async () => await RestAnswerAsync(rest) == "200", TimeSpan.FromSeconds(30), "the gateway to serve Cities again", Ct);
        var backAfter = restarted.Elapsed;
        var grpcBack = (await cities.GetCityAsync(Lisbon, deadline: DateTime.UtcNow + ClientDeadline, cancellationToken: Ct)).City.Name;

        var slowest = answers.Max(a => a.Took);
        var unavailable = answers.Count(a => a.Answer is "Unavailable" or "503/14");
        var unanswered = answers.Count(a => a.Answer is "DeadlineExceeded" or "timeout");
        FaultReport.Write("gateway-unavailable",
            $"calls_while_down={answers.Count} unavailable={unavailable} unanswered={unanswered} slowest_ms={slowest.TotalMilliseconds:0} " +
            $"limit_ms={AnswerLimit.TotalMilliseconds:0} served_again_ms={backAfter.TotalMilliseconds:0}");
        Assert.All(answers, a => Assert.Contains(a.Answer, new[] { "Unavailable", "503/14" }));
        Assert.True(slowest < AnswerLimit, $"The slowest answer while Cities was down took {slowest.TotalMilliseconds:0} ms.");
        Assert.Equal("cities/lisbon", grpcBack);
    }

    private static async Task<(string, TimeSpan)> TimedAsync(Func<Task<string>> call)
    {
        var watch = Stopwatch.StartNew();
        var answer = await call();
        return (answer, watch.Elapsed);
    }

    private static async Task<string> GrpcAnswerAsync(CitiesService.CitiesServiceClient cities)
    {
        try
        {
            await cities.GetCityAsync(Lisbon, deadline: DateTime.UtcNow + ClientDeadline, cancellationToken: Ct);
            return "OK";
        }
        catch (RpcException ex)
        {
            return ex.StatusCode.ToString();
        }
    }

    /// <summary>"200", or for an error the HTTP status and the gRPC code of its JSON body ("503/14").</summary>
    private static async Task<string> RestAnswerAsync(HttpClient rest)
    {
        using var response = await TryGetAsync(rest);
        if (response is null)
        {
            return "timeout";
        }

        if (response.StatusCode == HttpStatusCode.OK)
        {
            return "200";
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return $"{(int)response.StatusCode}/{body.GetProperty("code").GetInt32()}";
    }

    private static async Task<HttpResponseMessage?> TryGetAsync(HttpClient rest)
    {
        try
        {
            return await rest.GetAsync(new Uri("/api/v1/cities/lisbon", UriKind.Relative), Ct);
        }
        catch (TaskCanceledException) when (!Ct.IsCancellationRequested)
        {
            return null; // the client's timeout: the gateway never answered
        }
    }
}
