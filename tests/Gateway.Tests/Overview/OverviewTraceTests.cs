namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>One overview is one trace: the spans of the six calls to the four services descend from the gateway's.</summary>
[Collection(nameof(OverviewCollection))]
public sealed class OverviewTraceTests(OverviewApp app)
{
    [Fact]
    public async Task The_six_calls_to_the_four_services_are_in_the_trace_of_the_overview()
    {
        using var recorder = new TraceRecorder();
        using var caller = app.Caller();

        var traceId = await recorder.TraceAsync(() => caller.GetAsync("tunis"));

        var (_, services) = await recorder.ServerSpansAsync(traceId, inner: 6);
        Assert.Equal(
            [
                "/mc2cm.action.v1.ActionsService/ListActions", "/mc2cm.action.v1.PrioritiesService/ListPriorities",
                "/mc2cm.cities.v1.CitiesService/GetCity", "/mc2cm.dialogue.v1.MeetingsService/ListMeetings",
                "/mc2cm.knowledge.v1.ProfilesService/GetKeyFigures", "/mc2cm.knowledge.v1.ProfilesService/ListProfileRevisions",
            ],
            services.Select(TraceRecorder.PathOf).Order(StringComparer.Ordinal));
    }
}
