using System.Diagnostics;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Testing;
using Mc2cm.Testing.Suite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Observability.Tests;

/// <summary>
/// One client call through the gateway that crosses every service: a city leaves the network.
/// Cities commits it and its outbox publishes CityLeftNetwork; Knowledge, Dialogue and Action
/// consume it, and Dialogue and Action ask Cities over gRPC whether the city is still a member.
/// All of it must be one trace, each hop a child of the one before, and the logs written on the
/// way must carry the trace id.
/// </summary>
[Collection(nameof(ObservedCollection))]
public sealed class TraceTests(ObservedSuite observed)
{
    private static readonly ActivitySource Client = new("Mc2cm.Tests.Client");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Hop(string Name, Func<Activity, bool> Matches);

    private static readonly Hop[] Hops =
    [
        new("gateway receives the call", s => s.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn" && Tag(s, "http.route") == "/mc2cm.cities.v1.{service}/{method}"),
        new("gateway forwards it", s => s.Source.Name == "Yarp.ReverseProxy"),
        new("cities serves LeaveNetwork", s => Tag(s, "grpc.method") == "/mc2cm.cities.v1.CitiesService/LeaveNetwork"),
        new("cities' outbox publishes CityLeftNetwork", s => s.Source.Name == "Mc2cm.Outbox"),
        new("masstransit sends it", s => s.Source.Name == "MassTransit" && s.Kind == ActivityKind.Producer),
        new("knowledge updates its copy of the city", s => Consumes(s, "knowledge-known-city-handlers")),
        new("dialogue updates its copy of the city", s => Consumes(s, "dialogue-known-city-handlers")),
        new("dialogue flags the city's meetings", s => Consumes(s, "dialogue-host-city-left-handler")),
        new("action updates its copy of the city", s => Consumes(s, "action-known-city-handlers")),
        new("action holds the city's applications", s => Consumes(s, "action-hold-applications-of-departed-city")),
        new("dialogue and action ask cities about the city", s => Tag(s, "grpc.method") == "/mc2cm.cities.v1.CitiesService/GetCity"),
    ];

    [Fact]
    public async Task A_city_leaving_is_one_trace_from_the_gateway_through_the_broker_to_every_consumer_and_back_to_cities()
    {
        var suite = observed.Suite;
        var city = await ArrangeCityWithMeetingAndApplicationAsync();
        using var channel = suite.GatewayChannel();

        ActivityTraceId traceId;
        using (var root = Client.StartActivity("client: a city leaves the network"))
        {
            traceId = root!.TraceId;
            await new CitiesService.CitiesServiceClient(channel).LeaveNetworkAsync(
                new LeaveNetworkRequest { Name = $"cities/{city}", LeftOn = new Google.Type.Date { Year = 2025, Month = 1, Day = 1 } }, cancellationToken: Ct);
        }

        var messageId = await OutboxMessageIdAsync(city);
        await Poll.UntilAsync(async () => await ObservedSuite.HandledAsync(suite.Knowledge, messageId) >= 1
            && await ObservedSuite.HandledAsync(suite.Dialogue, messageId) >= 2 && await ObservedSuite.HandledAsync(suite.Action, messageId) >= 2
            && observed.Spans.Trace(traceId).Count(s => Tag(s, "grpc.method") == "/mc2cm.cities.v1.CitiesService/GetCity") >= 2,
            TimeSpan.FromSeconds(30), "every consumer to handle CityLeftNetwork", Ct);

        var trace = observed.Spans.Trace(traceId);
        var bySpan = trace.ToDictionary(s => s.SpanId);
        var found = Hops.Where(h => trace.Any(h.Matches)).ToList();
        var orphans = trace.Where(s => s.ParentSpanId != default && !bySpan.ContainsKey(s.ParentSpanId)).ToList();
        SuiteReport.Write("trace", $"trace: hops={found.Count} expected={Hops.Length} orphans={orphans.Count} spans={trace.Count}");

        Assert.Equal(Hops.Select(h => h.Name), found.Select(h => h.Name));
        Assert.Empty(orphans.Select(o => $"{o.Source.Name} {o.DisplayName}"));
        var served = trace.Single(Hops[2].Matches);
        Assert.Contains(trace.Single(Hops[0].Matches), SpanRecorder.Ancestors(served, bySpan));
        Assert.Contains(served, SpanRecorder.Ancestors(trace.Single(Hops[3].Matches), bySpan));
        Assert.All(trace.Where(s => s.Source.Name == "MassTransit" && s.Kind == ActivityKind.Consumer),
            consume => Assert.Contains(trace.Single(Hops[3].Matches), SpanRecorder.Ancestors(consume, bySpan)));
        Assert.All(trace.Where(Hops[^1].Matches),
            ask => Assert.Contains(SpanRecorder.Ancestors(ask, bySpan), a => Consumes(a, "dialogue-host-city-left-handler") || Consumes(a, "action-hold-applications-of-departed-city")));

        // The log lines written on the way carry the trace: Cities' publish and every consumer's "handled".
        var logs = observed.Logs.Logs.Where(l => l.Message.Contains(messageId.ToString(), StringComparison.Ordinal)).ToList();
        Assert.Contains(logs, l => l.Category.EndsWith("OutboxPublisher", StringComparison.Ordinal));
        Assert.Equal(5, logs.Count(l => l.Message.Contains("handled by", StringComparison.Ordinal)));
        Assert.All(logs, l => Assert.Equal(traceId, l.TraceId));
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name) as string;

    private static bool Consumes(Activity span, string queueSuffix) =>
        span.Source.Name == "MassTransit" && span.Kind == ActivityKind.Consumer && span.DisplayName.EndsWith($"{queueSuffix} process", StringComparison.Ordinal);

    private async Task<Guid> OutboxMessageIdAsync(string city)
    {
        await using var scope = observed.Suite.Cities.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().OutboxMessages
            .Where(m => m.AggregateName == $"cities/{city}" && m.EventType.EndsWith("CityLeftNetwork"))
            .Select(m => m.MessageId).SingleAsync(Ct);
    }

    /// <summary>A member city hosting a planned meeting and applying to an open call, so every consumer has work to do.</summary>
    private async Task<string> ArrangeCityWithMeetingAndApplicationAsync()
    {
        using var channel = observed.Suite.GatewayChannel();
        var city = await SuiteSteps.NewMemberCityAsync(channel);
        await SuiteSteps.PlannedMeetingAsync(channel, city);
        await SuiteSteps.ApplicationAsync(channel, city);
        return city;
    }
}
