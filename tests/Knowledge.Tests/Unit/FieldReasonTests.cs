using Google.Protobuf.WellKnownTypes;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Indicators;
using Mc2cm.Knowledge.Observations;
using Mc2cm.Knowledge.Profiles;
using Microsoft.Extensions.Time.Testing;
using Breakdown = Mc2cm.Contracts.Knowledge.V1.Breakdown;
using LocalizedText = Mc2cm.Contracts.Common.V1.LocalizedText;
using Observation = Mc2cm.Contracts.Knowledge.V1.Observation;

namespace Mc2cm.Knowledge.Tests.Unit;

/// <summary>Knowledge's own rules say which of the shared reasons they are, with the values a client needs.</summary>
public sealed class FieldReasonTests
{
    private readonly ObservationRequestReader _reader = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));

    private static string ReasonOf(InvalidArgumentException error, string field) => Assert.Single(error.Violations, v => v.Field == field).Reason;

    [Fact]
    public void A_figure_s_year_age_group_and_breakdown_say_their_reasons()
    {
        var request = new CreateObservationRequest
        {
            Observation = new Observation
            {
                City = "cities/tunis", Indicator = "indicators/population-total", ReferenceYear = 2027, Value = 1, Source = "Census",
                Breakdown = new Breakdown { AgeGroup = "young", Sex = (Sex)9 },
            },
        };

        var error = Assert.Throws<InvalidArgumentException>(() => _reader.ReadCreate(request));

        Assert.Equal(FieldReasons.OutOfRange, ReasonOf(error, "observation.reference_year"));
        Assert.Equal(new Dictionary<string, string> { ["minimum"] = "1900", ["maximum"] = "2026" }, error.ParametersOf("observation.reference_year"));
        Assert.Equal(FieldReasons.InvalidFormat, ReasonOf(error, "observation.breakdown.age_group"));
        Assert.Equal("15-24", error.ParametersOf("observation.breakdown.age_group")[FieldParameters.Example]);
        Assert.Equal(FieldReasons.NotAllowed, ReasonOf(error, "observation.breakdown.sex"));
    }

    [Fact]
    public void Too_many_cities_to_compare_say_how_many_are_allowed()
    {
        var violations = new FieldViolations();

        IndicatorRequestReader.ReadCityIds(violations, [string.Join(',', Enumerable.Range(1, 101).Select(i => $"city-{i}"))]);

        Assert.Equal(FieldReasons.TooMany, Assert.Single(violations.All).Reason);
        Assert.Equal("100", violations.ParametersOf("cities")[FieldParameters.MaxItems]);
    }

    [Fact]
    public void A_service_area_unset_is_required_and_one_listed_twice_is_a_duplicate()
    {
        var request = new UpdateProfileRequest
        {
            Name = "profiles/tunis",
            Etag = "\"3\"",
            UpdateMask = new FieldMask { Paths = { "access_to_services", "priorities" } },
            Content = new ProfileContent
            {
                AccessToServices =
                {
                    new ServiceAccess { Area = ServiceArea.Health },
                    new ServiceAccess { Area = ServiceArea.Health },
                    new ServiceAccess(),
                },
                Priorities =
                {
                    new IdentifiedPriority { Id = "housing", Text = new LocalizedText { En = "Housing" } },
                    new IdentifiedPriority { Id = "housing", Text = new LocalizedText { En = "More housing" } },
                },
            },
        };

        var error = Assert.Throws<InvalidArgumentException>(() => ProfileRequestReader.ReadUpdate(request));

        Assert.Equal(FieldReasons.Duplicate, ReasonOf(error, "content.access_to_services[1].area"));
        Assert.Equal(FieldReasons.Required, ReasonOf(error, "content.access_to_services[2].area"));
        Assert.Equal(FieldReasons.Duplicate, ReasonOf(error, "content.priorities[1].id"));
        Assert.DoesNotContain(error.Violations, v => v.Field == "content.access_to_services[0].area");
    }
}
