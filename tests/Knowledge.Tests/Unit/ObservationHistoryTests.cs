using Mc2cm.Contracts.Events.Knowledge;
using Mc2cm.Domain.Errors;
using Mc2cm.Knowledge.Observations;

namespace Mc2cm.Knowledge.Tests.Unit;

/// <summary>An observation's changes: each keeps the values it replaced, so any past state can be shown.</summary>
public sealed class ObservationHistoryTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static ObservationDraft Draft(double value, int year = 2014, string source = "census") =>
        new("tunis", "population-total", year, ObservationKind.Value, source, Value: value);

    [Fact]
    public void Each_time_shows_the_values_that_stood_then_and_nothing_before_the_figure_existed()
    {
        var observation = Observation.Record(Draft(700_000), "coordinator", Start);
        observation.Correct(Draft(638_845, source: "census, table 2"), "typo", "tunis-focal-point", Start.AddDays(1));
        observation.Correct(Draft(640_000, year: 2015), "new census", "coordinator", Start.AddDays(2));

        Assert.Null(observation.AsOf(Start.AddSeconds(-1), observation.History));
        Assert.Equal((700_000d, 2014, "census"), Values(observation.AsOf(Start.AddHours(1), observation.History)));
        Assert.Equal((638_845d, 2014, "census, table 2"), Values(observation.AsOf(Start.AddDays(1), observation.History)));
        Assert.Equal((640_000d, 2015, "census"), Values(observation.AsOf(Start.AddDays(3), observation.History)));
        Assert.Equal([("typo", "tunis-focal-point", 700_000d), ("new census", "coordinator", 638_845d)], observation.History.Select(c => (c.Reason, c.Actor, c.Value!.Value)));
    }

    [Fact]
    public void A_retraction_counts_from_its_time_on_and_is_final()
    {
        var observation = Observation.Record(Draft(700_000), "coordinator", Start);
        observation.Retract("not this city's", "coordinator", Start.AddDays(1));

        Assert.NotNull(observation.AsOf(Start.AddHours(1), observation.History));
        Assert.Null(observation.AsOf(Start.AddDays(1), observation.History));
        Assert.Throws<FailedPreconditionException>(() => observation.Correct(Draft(1), "too late", "coordinator", Start.AddDays(2)));
        Assert.Throws<FailedPreconditionException>(() => observation.Retract("again", "coordinator", Start.AddDays(2)));
    }

    [Fact]
    public void Every_change_raises_its_event_with_the_new_version()
    {
        var observation = Observation.Record(Draft(700_000), "coordinator", Start);
        observation.Correct(Draft(638_845), "typo", "coordinator", Start.AddDays(1));
        observation.Retract("withdrawn", "coordinator", Start.AddDays(2));

        Assert.Collection(observation.PendingEvents,
            e => Assert.Equal(1L, Assert.IsType<ObservationRecorded>(e).Version),
            e => Assert.Equal((700_000d, 638_845d, 2L), (((ObservationCorrected)e).Previous.Value!.Value, ((ObservationCorrected)e).Figure.Value!.Value, ((ObservationCorrected)e).Version)),
            e => Assert.Equal(("withdrawn", 3L), (Assert.IsType<ObservationRetracted>(e).Reason, ((ObservationRetracted)e).Version)));
    }

    private static (double, int, string) Values(Observation? observation) => (observation!.Value!.Value, observation.ReferenceYear, observation.Source);
}
