using static Mc2cm.BadInput.Tests.Cases.Answers;
using static Mc2cm.BadInput.Tests.Cases.BadKind;
using static Mc2cm.BadInput.Tests.Cases.CaseText;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>Bad input for the Cities service's writes: each case spoils one thing of a good request.</summary>
public static class CitiesCases
{
    private static readonly Google.Protobuf.Reflection.MethodDescriptor
        CreateCity = Rpc(Proto.CitiesService.Descriptor, "CreateCity"),
        UpdateCity = Rpc(Proto.CitiesService.Descriptor, "UpdateCity"),
        JoinNetwork = Rpc(Proto.CitiesService.Descriptor, "JoinNetwork"),
        LeaveNetwork = Rpc(Proto.CitiesService.Descriptor, "LeaveNetwork");

    public static IEnumerable<BadCase> All =>
    [
        new(Missing, "no city id", CreateCity, _ => NewCity().With(r => r.CityId = ""), Invalid("city_id")),
        // REST: the body is the city, so without one it is an empty body, which is not JSON.
        new(Missing, "no city", CreateCity, _ => NewCity().With(r => r.City = null), Invalid("city")) { RestExpect = UnreadableJson },
        new(MalformedJson, "null for the city", CreateCity, _ => NewCity(), UnreadableJson) { Faces = [Face.Rest], RestBody = _ => Json("null") },
        new(Empty, "empty English name", CreateCity, _ => NewCity().With(r => r.City.DisplayName.En = ""), Invalid("city.display_name.en")),
        new(Empty, "blank English name", CreateCity, _ => NewCity().With(r => r.City.DisplayName.En = Blank), Invalid("city.display_name.en")),
        new(TooLong, "English name of 101 characters", CreateCity, _ => NewCity().With(r => r.City.DisplayName.En = Long(101)), Invalid("city.display_name.en")),
        new(ControlCharacters, "BEL in the French name", CreateCity, _ => NewCity().With(r => r.City.DisplayName.Fr = WithControl), Invalid("city.display_name.fr")),
        new(ControlCharacters, "NUL in the Arabic name", CreateCity, _ => NewCity().With(r => r.City.DisplayName.Ar = WithNul), Invalid("city.display_name.ar")),
        new(SpoofingCharacters, "right-to-left override in the English name", CreateCity, _ => NewCity().With(r => r.City.DisplayName.En = WithOverride), Invalid("city.display_name.en")),
        new(SpoofingCharacters, "zero-width joiner in the Arabic name", CreateCity, _ => NewCity().With(r => r.City.DisplayName.Ar = WithJoiner), Invalid("city.display_name.ar")),
        new(SpoofingCharacters, "isolate in a focal point's name", CreateCity,
            _ => NewCity().With(r => r.City.FocalPoints.Add(new Proto.FocalPoint { DisplayName = WithIsolate, Email = "amina@example.org" })), Invalid("city.focal_points[0].display_name")),
        new(SpoofingCharacters, "zero-width space in the city id", CreateCity, _ => NewCity().With(r => r.CityId = "ouj\u200Bda"), Invalid("city_id")),
        new(WrongIsoCode, "country XX", CreateCity, _ => NewCity().With(r => r.City.CountryCode = "XX"), Invalid("city.country_code")),
        new(WrongIsoCode, "country in lower case", CreateCity, _ => NewCity().With(r => r.City.CountryCode = "ma"), Invalid("city.country_code")),
        new(WrongIsoCode, "three-letter country", CreateCity, _ => NewCity().With(r => r.City.CountryCode = "MAR"), Invalid("city.country_code")),
        new(Missing, "no region", CreateCity, _ => NewCity().With(r => r.City.Region = Proto.Region.Unspecified), Invalid("city.region")),
        new(UnknownEnum, "region 99", CreateCity, _ => NewCity().With(r => r.City.Region = (Proto.Region)99), Invalid("city.region")),
        new(UnknownEnum, "region name not in the enum", CreateCity, _ => NewCity(), UnreadableJson)
            { Faces = [Face.Rest], RestBody = _ => Json("""{"displayName":{"en":"Oujda"},"countryCode":"MA","region":"REGION_ATLANTIS"}""") },
        new(BadNumber, "negative population", CreateCity, _ => NewCity().With(r => r.City.Population = Population(-5)), Invalid("city.population.value")),
        new(BadNumber, "population of 10^18", CreateCity, _ => NewCity().With(r => r.City.Population = Population(1_000_000_000_000_000_000)), Invalid("city.population.value")),
        new(BadDate, "population of the year 3000", CreateCity, _ => NewCity().With(r => r.City.Population = Population(500_000, year: 3000)), Invalid("city.population.reference_year")),
        new(BadFormat, "focal point e-mail without a domain", CreateCity, _ => NewCity().With(r => r.City.FocalPoints.Add(new Proto.FocalPoint { DisplayName = "Amina", Email = "amina@" })), Invalid("city.focal_points[0].email")),
        new(BadFormat, "city id with capitals", CreateCity, _ => NewCity().With(r => r.CityId = "Oujda"), Invalid("city_id")),
        new(DuplicateId, "city id of Tunis", CreateCity, _ => NewCity().With(r => r.CityId = "tunis"), Exists(Known.Tunis)),
        new(MalformedJson, "a lone surrogate in the name", CreateCity, _ => NewCity(), UnreadableJson)
            { Faces = [Face.Rest], RestBody = _ => Json("""{"displayName":{"en":"Oujda\ud800"},"countryCode":"MA","region":"REGION_NORTH_AFRICA"}""") },
        new(MalformedJson, "bytes that are not UTF-8 in the name", CreateCity, _ => NewCity(), UnreadableJson)
            { Faces = [Face.Rest], RestBody = _ => NotUtf8("""{"displayName":{"en":"Ouj?da"},"countryCode":"MA","region":"REGION_NORTH_AFRICA"}""") },
        new(MalformedJson, "a JSON body sent as text/plain", CreateCity, _ => NewCity(), UnreadableJson)
            { Faces = [Face.Rest], RestBody = _ => new StringContent("""{"displayName":{"en":"Oujda"},"countryCode":"MA","region":"REGION_NORTH_AFRICA"}""", System.Text.Encoding.UTF8, "text/plain") },
        new(MalformedJson, "body cut short", CreateCity, _ => NewCity(), UnreadableJson) { Faces = [Face.Rest], RestBody = _ => Json("""{"displayName":{"en":"Oujda" """) },
        new(Oversized, "English name over 4 MB", CreateCity, _ => NewCity().With(r => r.City.DisplayName.En = HugeText), TooLarge),
        new(Oversized, "English name over 4 MB, streamed without a length", CreateCity, _ => NewCity(), TooLarge)
            { Faces = [Face.Rest], RestBody = _ => new Testing.StreamedJson(Google.Protobuf.JsonFormatter.Default.Format(NewCity().City.With(c => c.DisplayName.En = HugeText))) },

        new(Missing, "no city name", UpdateCity, k => Rename(k).With(r => r.City.Name = ""), Invalid("city.name")) { RestExpect = NoRoute },
        new(Missing, "no etag", UpdateCity, k => Rename(k).With(r => r.City.Etag = ""), Invalid("city.etag")),
        new(BadFormat, "mask names no field of a city", UpdateCity, k => Rename(k).With(r => r.UpdateMask.Paths.Add("mayor")), Invalid("update_mask")),
        new(WrongIsoCode, "country ZZ", UpdateCity, k => Rename(k).With(r => (r.City.CountryCode, r.UpdateMask) = ("ZZ", Mask("country_code"))), Invalid("city.country_code")),
        new(ControlCharacters, "BEL in the French name", UpdateCity, k => Rename(k).With(r => r.City.DisplayName.Fr = WithControl), Invalid("city.display_name.fr")),
        new(SpoofingCharacters, "byte order mark in the French name", UpdateCity, k => Rename(k).With(r => r.City.DisplayName.Fr = WithByteOrderMark), Invalid("city.display_name.fr")),
        new(TooLong, "a name of 300 characters", UpdateCity, k => Rename(k).With(r => r.City.Name = "cities/" + Long(300)), Invalid("city.name")),
        new(UnknownId, "city atlantis", UpdateCity, k => Rename(k).With(r => r.City.Name = "cities/atlantis"), NotFound("cities/atlantis")),
        new(StaleEtag, "an old etag", UpdateCity, k => Rename(k).With(r => r.City.Etag = Known.StaleEtag), Stale),
        new(MalformedJson, "a JSON array for a body", UpdateCity, Rename, UnreadableJson) { Faces = [Face.Rest], RestBody = _ => Json("[1, 2") },

        new(Missing, "no phase", JoinNetwork, k => Join(k).With(r => r.Phase = ""), Invalid("phase")),
        new(Missing, "no date", JoinNetwork, k => Join(k).With(r => r.JoinedOn = null), Invalid("joined_on")),
        new(BadDate, "month 13", JoinNetwork, k => Join(k).With(r => r.JoinedOn = Date(2019, 13, 1)), Invalid("joined_on")),
        new(BadDate, "30 February", JoinNetwork, k => Join(k).With(r => r.JoinedOn = Date(2019, 2, 30)), Invalid("joined_on")),
        new(BadDate, "a date outside the phase", JoinNetwork, k => Join(k).With(r => r.JoinedOn = Date(1990, 1, 1)), Invalid("joined_on")),
        new(BadDate, "year -1", JoinNetwork, k => Join(k).With(r => r.JoinedOn = Date(-1, 1, 1)), Invalid("joined_on")),
        new(UnknownId, "phase 9", JoinNetwork, k => Join(k).With(r => r.Phase = "phases/phase-9"), Invalid("phase")),
        new(UnknownId, "city atlantis", JoinNetwork, k => Join(k).With(r => (r.Name, r.Etag) = ("cities/atlantis", "")), NotFound("cities/atlantis")),
        new(BadFormat, "a name without its collection", JoinNetwork, k => Join(k).With(r => r.Name = "tunis"), Invalid("name")) { RestExpect = NoRoute },
        new(InvalidTransition, "a city that is a member already", JoinNetwork, Join, Precondition("MEMBERSHIP")),

        new(Missing, "no date", LeaveNetwork, k => Leave(k).With(r => r.LeftOn = null), Invalid("left_on")),
        new(BadDate, "the year 2099", LeaveNetwork, k => Leave(k).With(r => r.LeftOn = Date(2099, 1, 1)), Invalid("left_on")),
        new(BadDate, "year 0", LeaveNetwork, k => Leave(k).With(r => r.LeftOn = Date(0, 5, 1)), Invalid("left_on")),
        new(BadDate, "before the membership began", LeaveNetwork, k => Leave(k).With(r => r.LeftOn = Date(1950, 1, 1)), Precondition("MEMBERSHIP")),
        new(UnknownId, "city atlantis", LeaveNetwork, k => Leave(k).With(r => (r.Name, r.Etag) = ("cities/atlantis", "")), NotFound("cities/atlantis")),
        new(StaleEtag, "an old etag", LeaveNetwork, k => Leave(k).With(r => r.Etag = Known.StaleEtag), Stale),
        new(MalformedJson, "a date as a string", LeaveNetwork, Leave, UnreadableJson) { Faces = [Face.Rest], RestBody = _ => Json("""{"leftOn":"yesterday"}""") },
    ];

    private static Proto.CreateCityRequest NewCity() => new()
    {
        CityId = "oujda",
        City = new Proto.City { DisplayName = new() { En = "Oujda", Fr = "Oujda", Ar = "وجدة" }, CountryCode = "MA", Region = Proto.Region.NorthAfrica },
    };

    private static Proto.Population Population(long value, int year = 2014) => new() { Value = value, ReferenceYear = year, Source = "Census 2014" };

    private static Proto.UpdateCityRequest Rename(Known known) => new()
    {
        City = new Proto.City { Name = Known.Tunis, DisplayName = new() { Fr = "Tunis" }, Etag = known.TunisEtag },
        UpdateMask = Mask("display_name.fr"),
    };

    private static Proto.JoinNetworkRequest Join(Known known) =>
        new() { Name = Known.Tunis, Phase = "phases/phase-2", JoinedOn = Date(2019, 1, 15), Etag = known.TunisEtag };

    private static Proto.LeaveNetworkRequest Leave(Known known) => new() { Name = Known.Tunis, LeftOn = Date(2024, 6, 30), Etag = known.TunisEtag };
}
