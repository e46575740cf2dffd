using Google.Rpc;

namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>
/// With a service stopped, the overview still answers at once, with that service's parts marked
/// UNAVAILABLE and the others filled. Each test starts again what it stopped.
/// </summary>
[Collection(nameof(OverviewCollection))]
public sealed class CityOverviewOutageTests(OverviewApp app)
{
    /// <summary>
    /// Before the overview's deadline: a gateway that waited for a service that is down would answer at
    /// the deadline with DEADLINE_EXCEEDED, so the UNAVAILABLE part, not a stopwatch, shows it did not
    /// wait (a stopwatch bound tighter than this failed on a loaded machine).
    /// </summary>
    private static readonly TimeSpan BeforeTheDeadline = OverviewApp.Deadline;

    [Fact]
    public async Task With_dialogue_stopped_the_meetings_are_unavailable_and_the_rest_is_there()
    {
        using var anonymous = app.Caller();
        await using var outage = await app.StopAsync("dialogue");

        var (overview, grpcTook) = await Timed.CallAsync("Dialogue stopped, gRPC", () => anonymous.GetAsync("tunis"));
        var (json, restTook) = await Timed.CallAsync("Dialogue stopped, REST", () => anonymous.GetJsonAsync("tunis"));

        Assert.True(grpcTook < BeforeTheDeadline && restTook < BeforeTheDeadline, $"gRPC took {grpcTook.TotalMilliseconds:0} ms, REST {restTook.TotalMilliseconds:0} ms.");
        Assert.Equal(Code.Unavailable, overview.HostedMeetings.Status.Code);
        Assert.Equal("The Dialogue service is unavailable; try again shortly.", overview.HostedMeetings.Status.Message);
        Assert.Empty(overview.HostedMeetings.Meetings);
        Assert.All(CityOverviewTests.Statuses(overview).Where(s => s != overview.HostedMeetings.Status), s => Assert.Equal(Code.Ok, s.Code));
        Assert.Equal("cities/tunis", overview.CityDetails.City.Name);
        Assert.Equal(1, overview.Profile.PublishedRevision);
        Assert.Contains(overview.Priorities.Priorities, p => p.Name == app.AdoptedPriority.Name);
        Assert.Equal("UNAVAILABLE", json.GetProperty("hostedMeetings").GetProperty("status").GetProperty("code").GetString());
        Assert.Equal(1, json.GetProperty("profile").GetProperty("publishedRevision").GetInt32());
    }

    [Fact]
    public async Task With_cities_stopped_the_city_part_is_unavailable_and_the_rest_is_there()
    {
        using var anonymous = app.Caller();
        await using var outage = await app.StopAsync("cities");

        var (overview, took) = await Timed.CallAsync("Cities stopped, gRPC", () => anonymous.GetAsync("tunis"));

        Assert.True(took < BeforeTheDeadline, $"The overview took {took.TotalMilliseconds:0} ms.");
        Assert.Equal(Code.Unavailable, overview.CityDetails.Status.Code);
        Assert.Null(overview.CityDetails.City);
        Assert.All(CityOverviewTests.Statuses(overview).Where(s => s != overview.CityDetails.Status), s => Assert.Equal(Code.Ok, s.Code));
        Assert.Equal(["meetings/tunis-2018"], overview.HostedMeetings.Meetings.Select(m => m.Name));
        Assert.Equal(1, overview.Profile.PublishedRevision);
    }
}
