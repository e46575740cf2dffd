using Google.Rpc;
using Mc2cm.Gateway.Routing;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>
/// A service that does not answer costs its own parts the deadline, not the overview: a gateway
/// with a 1 s overview deadline finds Action at a <see cref="SilentService"/>, and the other
/// services where they run.
/// </summary>
[Collection(nameof(OverviewCollection))]
public sealed class SlowServiceOverviewTests(OverviewApp app) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);
    private readonly SilentService _action = new();
    private ServiceHost<Backend> _gateway = null!;

    public ValueTask InitializeAsync()
    {
        _gateway = app.StartGateway(new()
        {
            ["Gateway:OverviewDeadline"] = Deadline.ToString(),
            ["services:action:http:0"] = _action.Address.ToString(),
            ["services:action:grpc:0"] = _action.Address.ToString(),
        });
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_silent_services_parts_miss_the_deadline_and_the_others_are_there_in_time()
    {
        using var anonymous = new OverviewCaller(_gateway, user: null);
        // A first call, so the gateway's first connections and compilation (seconds on a busy
        // machine) are not counted as the silent service's cost.
        await anonymous.GetJsonAsync("tunis");

        var (overview, took) = await Timed.CallAsync("Action silent, 1 s deadline, REST", () => anonymous.GetJsonAsync("tunis"));

        Assert.InRange(took, Deadline - TimeSpan.FromMilliseconds(50), Deadline + Margin);
        Assert.Equal("DEADLINE_EXCEEDED", overview.GetProperty("priorities").GetProperty("status").GetProperty("code").GetString());
        Assert.Equal("DEADLINE_EXCEEDED", overview.GetProperty("fundedActions").GetProperty("status").GetProperty("code").GetString());
        Assert.Equal("The Action service did not answer within the overview's deadline.",
            overview.GetProperty("priorities").GetProperty("status").GetProperty("message").GetString());
        Assert.Equal("{}", overview.GetProperty("cityDetails").GetProperty("status").GetRawText());
        Assert.Equal("meetings/tunis-2018", overview.GetProperty("hostedMeetings").GetProperty("meetings")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_callers_sooner_deadline_is_kept_and_still_gets_the_parts_that_came()
    {
        using var anonymous = new OverviewCaller(_gateway, user: null);
        var callerDeadline = TimeSpan.FromMilliseconds(800);
        // A first call, so the gateway's first connections and compilation do not eat the caller's time.
        await anonymous.GetAsync("tunis");

        var (overview, took) = await Timed.CallAsync("Action silent, caller's 800 ms deadline, gRPC",
            () => anonymous.GetAsync("tunis", deadline: DateTime.UtcNow + callerDeadline));

        // An answer at all shows the caller's deadline was kept: past it the client gives up with
        // DEADLINE_EXCEEDED. Its time is only bounded by the gateway's own, longer deadline: the
        // stopwatch here starts before the client's deadline timer, and CI's load moves both.
        Assert.True(took < Deadline, $"The overview took {took.TotalMilliseconds:0} ms.");
        Assert.Equal((Code.DeadlineExceeded, Code.DeadlineExceeded), (overview.Priorities.Status.Code, overview.FundedActions.Status.Code));
        Assert.Equal(Code.Ok, overview.CityDetails.Status.Code);
        Assert.Equal(638_845, overview.CityDetails.City.Population.Value);
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _action.DisposeAsync();
    }
}
