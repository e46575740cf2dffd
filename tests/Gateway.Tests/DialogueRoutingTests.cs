using System.Net;
using Grpc.Core;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Gateway.Routing;
using Mc2cm.LocalRabbitMq;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests;

/// <summary>
/// The gateway routes Dialogue's gRPC package and REST paths to the dialogue backend. Nothing
/// listens where the backend is said to be, so a routed request comes back Unavailable (503) from
/// the proxy, while an unrouted one gets the gateway's own 404. The routes through to a running
/// Dialogue service are covered end to end (DialogueThroughTheGatewayTests).
/// </summary>
public sealed class DialogueRoutingTests : IAsyncLifetime
{
    private ServiceHost<Backend> _gateway = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _gateway = ServiceHost<Backend>.StartNew(new Dictionary<string, string?>
        {
            ["services:dialogue:http:0"] = $"http://127.0.0.1:{LoopbackPorts.FindFree()}",
            ["services:dialogue:grpc:0"] = $"http://127.0.0.1:{LoopbackPorts.FindFree()}",
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _gateway.DisposeAsync();

    [Theory]
    [InlineData("/api/v1/meetings?kind=MEETING_KIND_PEER_LEARNING&from=2016-01-01&to=2016-12-31")]
    [InlineData("/api/v1/meetings/tangier-2016-conference")]
    [InlineData("/api/v1/meetings:next")]
    [InlineData("/api/v1/meetings/lisbon-2016/registrations")]
    [InlineData("/api/v1/themes")]
    [InlineData("/api/v1/recommendations")]
    [InlineData("/api/v1/calendar.ics")]
    [InlineData("/api/v1/calendar.ics?theme=themes/refugee-reception&city=cities/vienna")]
    public async Task Dialogues_rest_paths_are_routed_to_it(string path)
    {
        using var rest = _gateway.CreateRestClient();

        using var response = await rest.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/calendar.icsx")]
    [InlineData("/api/v1/meetingsx")]
    public async Task Paths_that_only_look_like_them_are_not(string path)
    {
        using var rest = _gateway.CreateRestClient();

        using var response = await rest.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dialogues_grpc_package_is_routed_to_it()
    {
        using var channel = _gateway.CreateGrpcChannel();

        var error = await Assert.ThrowsAsync<RpcException>(() => new MeetingsService.MeetingsServiceClient(channel)
            .GetMeetingAsync(new GetMeetingRequest { Name = "meetings/lisbon-2016" }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
    }
}
