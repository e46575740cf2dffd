using System.Diagnostics;
using Mc2cm.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;

namespace Mc2cm.BuildingBlocks.Tests.Telemetry;

/// <summary>
/// Telemetry:TraceSampleRatio: the share of traces started here that are recorded; a caller's
/// decision is kept. Asked of the sampler itself: every host of this test process listens to the
/// suite's sources, and an activity is recorded when any listener wants it.
/// </summary>
public sealed class TraceSamplingTests
{
    private static readonly ActivityContext SampledCaller = Caller(ActivityTraceFlags.Recorded);
    private static readonly ActivityContext UnsampledCaller = Caller(ActivityTraceFlags.None);

    [Fact]
    public void By_default_every_trace_is_recorded()
    {
        var sampler = Sampler(ratio: null);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(SamplingDecision.RecordAndSample, Decide(sampler, default)));
        Assert.Equal(SamplingDecision.Drop, Decide(sampler, UnsampledCaller));
    }

    [Fact]
    public void At_ratio_zero_no_trace_starts_here_but_a_sampled_caller_keeps_its_trace_and_an_unsampled_one_its_drop()
    {
        var sampler = Sampler(ratio: "0");

        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(SamplingDecision.Drop, Decide(sampler, default)));
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(sampler, SampledCaller));
        Assert.Equal(SamplingDecision.Drop, Decide(sampler, UnsampledCaller));
    }

    [Fact]
    public void A_ratio_records_about_that_share_of_the_traces_started_here()
    {
        var sampler = Sampler(ratio: "0.25");

        var recorded = Enumerable.Range(0, 4000).Count(_ => Decide(sampler, default) == SamplingDecision.RecordAndSample);

        Assert.InRange(recorded, 800, 1200);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("NaN")]
    public void A_ratio_outside_zero_to_one_stops_the_start_naming_the_setting(string ratio)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Sampler(ratio));

        Assert.Contains(TraceSampling.RatioKey, failure.Message, StringComparison.Ordinal);
    }

    private static Sampler Sampler(string? ratio) => TraceSampling.FromConfiguration(new ConfigurationBuilder()
        .AddInMemoryCollection(ratio is null ? [] : [new(TraceSampling.RatioKey, ratio)])
        .Build());

    private static SamplingDecision Decide(Sampler sampler, ActivityContext parent) =>
        sampler.ShouldSample(new SamplingParameters(parent, parent == default ? ActivityTraceId.CreateRandom() : parent.TraceId, "call", ActivityKind.Server)).Decision;

    private static ActivityContext Caller(ActivityTraceFlags flags) =>
        new(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), flags, isRemote: true);
}
