using Google.Protobuf.WellKnownTypes;
using Google.Type;
using Mc2cm.Cities.Cities;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Microsoft.Extensions.Time.Testing;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Tests.Unit;

/// <summary>Cities' own rules say which of the shared reasons they are, with the values a client needs.</summary>
public sealed class FieldReasonTests
{
    private readonly CityRequestReader _reader = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));

    private static string ReasonOf(InvalidArgumentException error, string field) => Assert.Single(error.Violations, v => v.Field == field).Reason;

    [Fact]
    public void Population_place_country_and_name_say_their_reasons_and_limits()
    {
        var request = CityRequests.Create("sousse-test");
        request.City.Population = new Proto.Population { Value = -5, ReferenceYear = 2014, Source = "Census" };
        request.City.Location = new LatLng { Latitude = 91, Longitude = 10 };
        request.City.CountryCode = "pt";
        request.City.DisplayName.Fr = new string('x', 101);

        var error = Assert.Throws<InvalidArgumentException>(() => _reader.ReadCreate(request));

        Assert.Equal(FieldReasons.OutOfRange, ReasonOf(error, "city.population.value"));
        Assert.Equal(new Dictionary<string, string> { ["minimum"] = "1", ["maximum"] = "100000000" }, error.ParametersOf("city.population.value"));
        Assert.Equal(new Dictionary<string, string> { ["minimum"] = "-90", ["maximum"] = "90" }, error.ParametersOf("city.location.latitude"));
        Assert.Equal(FieldReasons.InvalidFormat, ReasonOf(error, "city.country_code"));
        Assert.Equal("PT", error.ParametersOf("city.country_code")[FieldParameters.Example]);
        Assert.Equal(FieldReasons.TooLong, ReasonOf(error, "city.display_name.fr"));
        Assert.Equal("100", error.ParametersOf("city.display_name.fr")[FieldParameters.MaxLength]);
    }

    [Theory]
    [InlineData(Proto.Region.Unspecified, FieldReasons.Required)]
    [InlineData((Proto.Region)99, FieldReasons.NotAllowed)]
    public void A_region_unset_is_required_and_an_unknown_one_not_allowed(Proto.Region region, string reason)
    {
        var request = CityRequests.Create("sousse-test");
        request.City.Region = region;

        Assert.Equal(reason, ReasonOf(Assert.Throws<InvalidArgumentException>(() => _reader.ReadCreate(request)), "city.region"));
    }

    [Fact]
    public void Leaving_tomorrow_is_in_the_future_and_a_path_that_cannot_change_is_not_allowed()
    {
        var leave = new Proto.LeaveNetworkRequest { Name = "cities/lisbon", LeftOn = new Date { Year = 2026, Month = 11, Day = 28 } };
        var update = new Proto.UpdateCityRequest
        {
            City = new Proto.City { Name = "cities/lisbon", Etag = "W/\"1\"" },
            UpdateMask = new FieldMask { Paths = { "memberships" } },
        };

        Assert.Equal(FieldReasons.InTheFuture, ReasonOf(Assert.Throws<InvalidArgumentException>(() => _reader.ReadLeave(leave)), "left_on"));
        var error = Assert.Throws<InvalidArgumentException>(() => _reader.ReadUpdate(update));
        Assert.Equal([FieldReasons.NotAllowed, FieldReasons.Required], error.Violations.Where(v => v.Field == "update_mask").Select(v => v.Reason));
    }
}
