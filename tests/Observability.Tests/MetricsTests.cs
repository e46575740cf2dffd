using Grpc.Core;
using MassTransit;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Testing;
using Mc2cm.Testing.Suite;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Observability.Tests;

/// <summary>
/// The figures an operator watches, read from the services' meters after real work: RPC rate,
/// errors and duration; the outbox backlog and its oldest message; consumer failures and the
/// messages parked in an _error queue; the domain's own counts.
/// </summary>
[Collection(nameof(ObservedCollection))]
public sealed class MetricsTests(ObservedSuite observed)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rpcs_are_counted_and_timed_by_service_method_and_status_on_both_faces()
    {
        using var reader = new MetricReader("Mc2cm.Rpc");
        using var channel = observed.Suite.GatewayChannel();
        using var rest = observed.Suite.GatewayRest();
        var cities = new CitiesService.CitiesServiceClient(channel);

        await cities.GetCityAsync(new GetCityRequest { Name = "cities/tunis" }, cancellationToken: Ct);
        await Assert.ThrowsAsync<RpcException>(() => cities.GetCityAsync(new GetCityRequest { Name = "cities/atlantis" }, cancellationToken: Ct).ResponseAsync);
        using var meeting = await rest.GetAsync(new Uri("/api/v1/meetings/tangier-2016-conference", UriKind.Relative), Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, meeting.StatusCode);

        var calls = reader.Read("rpc.server.duration");
        var getCity = calls.Where(m => m.Tag("rpc.service") == "mc2cm.cities.v1.CitiesService" && m.Tag("rpc.method") == "GetCity").ToList();
        Assert.Contains(getCity, m => m.Tag("rpc.grpc.status_code") == "0");
        Assert.Contains(getCity, m => m.Tag("rpc.grpc.status_code") == "5");
        Assert.Contains(calls, m => m.Tag("rpc.service") == "mc2cm.dialogue.v1.MeetingsService" && m.Tag("rpc.method") == "GetMeeting" && m.Tag("rpc.grpc.status_code") == "0");
        Assert.All(calls, m => Assert.True(m.Value >= 0));
    }

    [Fact]
    public async Task Domain_events_are_counted_when_their_change_commits()
    {
        using var reader = new MetricReader("Mc2cm.Domain");
        using var channel = observed.Suite.GatewayChannel();
        using var evaluator = observed.Suite.GatewayChannel(SharedIssuer.Evaluator1);
        var city = await SuiteSteps.NewMemberCityAsync(channel);

        await SuiteSteps.PublishedProfileAsync(channel, city);
        await SuiteSteps.HeldMeetingAsync(channel, city);
        await SuiteSteps.FundedActionAsync(channel, evaluator, city);

        var events = reader.Read("mc2cm.domain.events").GroupBy(m => m.Tag("event")).ToDictionary(g => g.Key!, g => g.Sum(m => m.Value));
        SuiteReport.Write("metrics", $"metrics domain: {string.Join(" ", events.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}"))}");
        Assert.Equal(1, events.GetValueOrDefault("ProfilePublished"));
        Assert.Equal(1, events.GetValueOrDefault("MeetingHeld"));
        Assert.Equal(1, events.GetValueOrDefault("ActionFunded"));
        Assert.Equal(1, events.GetValueOrDefault("CityJoinedNetwork"));
    }

    [Fact]
    public async Task The_outbox_reports_its_backlog_and_the_age_of_its_oldest_message()
    {
        using var reader = new MetricReader("Mc2cm.Outbox");
        using var channel = observed.Suite.GatewayChannel();

        await SuiteSteps.NewMemberCityAsync(channel);

        await Poll.UntilAsync(() => Task.FromResult(reader.Read("mc2cm.outbox.published").Sum(m => m.Value) >= 2), Poll.ThroughTheBroker, "the city's two events to be published", Ct);
        Assert.Contains(reader.Read("mc2cm.outbox.backlog"), m => m.Value >= 0);
        Assert.Contains(reader.Read("mc2cm.outbox.oldest_unsent_age"), m => m.Value >= 0);
    }

    [Fact]
    public async Task A_message_no_consumer_can_handle_counts_as_failures_and_then_as_parked_in_an_error_queue()
    {
        using var reader = new MetricReader("Mc2cm.Inbox", "Mc2cm.Messaging");
        // A CityLeftNetwork without a city id: every copy of the cities refuses it, on every retry.
        var bus = observed.Suite.Cities.Services.GetRequiredService<IBus>();

        await bus.Publish(new CityLeftNetwork(null!, "phases/phase-2", new DateOnly(2025, 1, 1), 2, DateTimeOffset.UtcNow), Ct);

        await Poll.UntilAsync(() => Task.FromResult(reader.Read("mc2cm.messaging.error_queue.messages").Any(m => m.Tag("queue")?.EndsWith("known-city-handlers_error", StringComparison.Ordinal) == true)),
            Poll.ThroughTheBroker, "the message to be parked in an _error queue", Ct);
        var parked = reader.Read("mc2cm.messaging.error_queue.messages");
        var failures = reader.Read("mc2cm.inbox.failures").Where(m => m.Tag("event") == nameof(CityLeftNetwork)).Sum(m => m.Value);
        SuiteReport.Write("metrics", $"metrics error-queue: parked={parked.Sum(m => m.Value)} failed-attempts={failures}");
        Assert.True(failures > parked.Count, $"{failures} failed attempts for {parked.Count} parked messages: the retries count as failures");
    }
}
