using Google.Protobuf.WellKnownTypes;
using Google.Type;
using Mc2cm.Cities.Cities;
using Mc2cm.Domain.Errors;
using Microsoft.Extensions.Time.Testing;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Tests.Unit;

public sealed class CityRequestReaderTests
{
    private readonly CityRequestReader _reader = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));

    private static string[] FieldsOf(InvalidArgumentException error) => error.Violations.Select(v => v.Field).ToArray();

    [Fact]
    public void A_valid_create_request_reads_into_a_new_city()
    {
        var city = _reader.ReadCreate(CityRequests.Create("sousse-test"));

        Assert.Equal("sousse-test", city.Id);
        Assert.Equal("TN", city.CountryCode);
        Assert.Equal(Region.NorthAfrica, city.Region);
        Assert.Equal(new Population(271_428, 2014, "Sousse City Migration Profile"), city.Population);
        Assert.Equal("amal@example.org", Assert.Single(city.FocalPoints).Email);
    }

    [Fact]
    public void A_location_is_read_on_create_and_on_update_and_an_impossible_one_is_named()
    {
        var create = CityRequests.Create("sousse-test");
        create.City.Location = new LatLng { Latitude = 35.8256, Longitude = 10.6084 };
        var update = new Proto.UpdateCityRequest
        {
            City = new Proto.City { Name = "cities/sousse", Etag = "W/\"1\"", Location = new LatLng { Latitude = 35.83, Longitude = 10.61 } },
            UpdateMask = new FieldMask { Paths = { "location" } },
        };
        var impossible = CityRequests.Create("nowhere");
        impossible.City.Location = new LatLng { Latitude = 91, Longitude = double.NaN };

        Assert.Equal(new GeoPoint(35.8256, 10.6084), _reader.ReadCreate(create).Location);
        Assert.Equal(new CityChanges(Location: new GeoPoint(35.83, 10.61)), _reader.ReadUpdate(update).Changes);
        var error = Assert.Throws<InvalidArgumentException>(() => _reader.ReadCreate(impossible));
        Assert.Equal(["city.location.latitude", "city.location.longitude"], FieldsOf(error));
    }

    [Fact]
    public void Every_bad_field_of_a_create_request_is_named_at_once()
    {
        var request = CityRequests.Create("Not A Slug");
        request.City.DisplayName.En = " ";
        request.City.DisplayName.Fr = new string('x', 101);
        request.City.DisplayName.Ar = "bad\u0007";
        request.City.CountryCode = "pt";
        request.City.Region = Proto.Region.Unspecified;
        request.City.Population = new Proto.Population { Value = -5, ReferenceYear = 2031, Source = "" };
        request.City.FocalPoints[0].Email = "not-an-email";

        var error = Assert.Throws<InvalidArgumentException>(() => _reader.ReadCreate(request));

        Assert.Equal(
            ["city_id", "city.display_name.en", "city.display_name.fr", "city.display_name.ar", "city.country_code", "city.region",
             "city.population.value", "city.population.reference_year", "city.population.source", "city.focal_points[0].email"],
            FieldsOf(error));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("1abc")]
    [InlineData("ab--c")]
    [InlineData("abc-")]
    [InlineData("UPPER")]
    public void City_ids_must_be_slugs(string id) =>
        Assert.Equal(["city_id"], FieldsOf(Assert.Throws<InvalidArgumentException>(() => _reader.ReadCreate(CityRequests.Create(id)))));

    [Fact]
    public void An_update_needs_an_etag_and_knows_its_mutable_fields()
    {
        var request = new Proto.UpdateCityRequest
        {
            City = new Proto.City { Name = "cities/lisbon", CountryCode = "PT" },
            UpdateMask = new FieldMask { Paths = { "country_code", "memberships" } },
        };

        var error = Assert.Throws<InvalidArgumentException>(() => _reader.ReadUpdate(request));

        Assert.Equal(["city.etag", "update_mask"], FieldsOf(error));
        Assert.Contains("memberships", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_mask_an_update_changes_the_fields_that_are_set()
    {
        var request = new Proto.UpdateCityRequest
        {
            City = new Proto.City { Name = "cities/lisbon", Etag = "W/\"3\"", Region = Proto.Region.Europe },
        };

        var update = _reader.ReadUpdate(request);

        Assert.Equal(new CityChanges(Region: Region.Europe), update.Changes);
    }

    [Fact]
    public void A_single_language_of_the_name_can_be_updated_alone()
    {
        var request = new Proto.UpdateCityRequest
        {
            City = new Proto.City { Name = "cities/fes", Etag = "W/\"1\"", DisplayName = new() { Fr = "Fez" } },
            UpdateMask = new FieldMask { Paths = { "display_name.fr" } },
        };

        var update = _reader.ReadUpdate(request);

        Assert.Equal(new NamePatch(null, "Fez", null), update.Changes.Names);
    }

    [Fact]
    public void Leaving_in_the_future_or_on_an_impossible_date_is_refused()
    {
        var future = new Proto.LeaveNetworkRequest { Name = "cities/lisbon", LeftOn = new Date { Year = 2026, Month = 11, Day = 28 } };
        var impossible = new Proto.LeaveNetworkRequest { Name = "cities/lisbon", LeftOn = new Date { Year = 2021, Month = 2, Day = 30 } };

        Assert.Equal(["left_on"], FieldsOf(Assert.Throws<InvalidArgumentException>(() => _reader.ReadLeave(future))));
        Assert.Equal(["left_on"], FieldsOf(Assert.Throws<InvalidArgumentException>(() => _reader.ReadLeave(impossible))));
    }

    [Fact]
    public void Joining_names_a_phase_resource_and_a_full_date()
    {
        var request = new Proto.JoinNetworkRequest { Name = "lisbon", Phase = "phase-2", JoinedOn = new Date { Year = 2018 } };

        var error = Assert.Throws<InvalidArgumentException>(() => _reader.ReadJoin(request));

        Assert.Equal(["name", "phase", "joined_on"], FieldsOf(error));
    }
}
