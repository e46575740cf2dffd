using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using Mc2cm.Testing;
using static Mc2cm.BadInput.Tests.Cases.Answers;
using static Mc2cm.BadInput.Tests.Cases.BadKind;
using static Mc2cm.BadInput.Tests.Cases.CaseText;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>Bad input for the Knowledge service's writes: indicators, observations and the profile workflow.</summary>
public static class KnowledgeCases
{
    private static readonly Google.Protobuf.Reflection.MethodDescriptor
        CreateIndicator = Rpc(Proto.IndicatorsService.Descriptor, "CreateIndicator"),
        CompareIndicator = Rpc(Proto.IndicatorsService.Descriptor, "CompareIndicator"),
        GetIndicatorSeries = Rpc(Proto.IndicatorsService.Descriptor, "GetIndicatorSeries"),
        CreateObservation = Rpc(Proto.ObservationsService.Descriptor, "CreateObservation"),
        CorrectObservation = Rpc(Proto.ObservationsService.Descriptor, "CorrectObservation"),
        RetractObservation = Rpc(Proto.ObservationsService.Descriptor, "RetractObservation"),
        ImportObservations = Rpc(Proto.ObservationImportsService.Descriptor, "ImportObservations"),
        CreateProfile = Rpc(Proto.ProfilesService.Descriptor, "CreateProfile"),
        UpdateProfile = Rpc(Proto.ProfilesService.Descriptor, "UpdateProfile"),
        SubmitProfile = Rpc(Proto.ProfilesService.Descriptor, "SubmitProfile"),
        ReturnProfile = Rpc(Proto.ProfilesService.Descriptor, "ReturnProfile"),
        PublishProfile = Rpc(Proto.ProfilesService.Descriptor, "PublishProfile");

    public static IEnumerable<BadCase> All =>
    [
        new(Missing, "no indicator id", CreateIndicator, _ => NewIndicator().With(r => r.IndicatorId = ""), Invalid("indicator_id")),
        new(Missing, "no unit", CreateIndicator, _ => NewIndicator().With(r => r.Indicator.Unit = ""), Invalid("indicator.unit")),
        new(TooLong, "unit of 61 characters", CreateIndicator, _ => NewIndicator().With(r => r.Indicator.Unit = Long(61)), Invalid("indicator.unit")),
        new(ControlCharacters, "BEL in the English name", CreateIndicator, _ => NewIndicator().With(r => r.Indicator.DisplayName.En = WithControl), Invalid("indicator.display_name.en")),
        new(SpoofingCharacters, "right-to-left override in the English name", CreateIndicator, _ => NewIndicator().With(r => r.Indicator.DisplayName.En = WithOverride), Invalid("indicator.display_name.en")),
        new(SpoofingCharacters, "zero-width non-joiner in the Arabic name", CreateIndicator, _ => NewIndicator().With(r => r.Indicator.DisplayName.Ar = WithNonJoiner), Invalid("indicator.display_name.ar")),
        new(Missing, "no dimension", CreateIndicator, _ => NewIndicator().With(r => r.Indicator.Dimension = Proto.Dimension.Unspecified), Invalid("indicator.dimension")),
        new(UnknownEnum, "dimension 99", CreateIndicator, _ => NewIndicator().With(r => r.Indicator.Dimension = (Proto.Dimension)99), Invalid("indicator.dimension")),
        new(UnknownEnum, "value kind 42", CreateIndicator, _ => NewIndicator().With(r => r.Indicator.ValueKind = (Proto.ValueKind)42), Invalid("indicator.value_kind")),
        new(UnknownEnum, "disaggregation 7", CreateIndicator, _ => NewIndicator().With(r => r.Indicator.AllowedDisaggregations.Add((Proto.Disaggregation)7)), Invalid("indicator.allowed_disaggregations")),
        new(UnknownEnum, "dimension name not in the enum", CreateIndicator, _ => NewIndicator(), UnreadableJson)
            { Faces = [Face.Rest], RestBody = _ => Json("""{"displayName":{"en":"Pupils"},"unit":"persons","dimension":"DIMENSION_HAPPINESS","valueKind":"VALUE_KIND_NUMBER"}""") },
        new(DuplicateId, "the code of population-total", CreateIndicator, _ => NewIndicator().With(r => r.IndicatorId = "population-total"), Exists("indicators/population-total")),
        new(MalformedJson, "a trailing comma", CreateIndicator, _ => NewIndicator(), UnreadableJson) { Faces = [Face.Rest], RestBody = _ => Json("""{"unit":"persons",}""") },

        // A read, but not a Get or List: its input is checked like a write's.
        new(BadDate, "year 1800", CompareIndicator, _ => Compare().With(r => r.Year = 1800), Invalid("year")),
        new(WrongIsoCode, "language xx", CompareIndicator, _ => Compare().With(r => r.Language = "xx"), Invalid("lang")),
        new(BadFormat, "a city id with capitals", CompareIndicator, _ => Compare().With(r => r.Cities.Add("Lisbon")), Invalid("cities")),
        new(BadNumber, "year \"twenty\" in the query", CompareIndicator, _ => Compare(), UnreadableJson) { Faces = [Face.Rest], RestQuery = "year=twenty" },
        new(BadNumber, "year 2^31 in the query", CompareIndicator, _ => Compare(), UnreadableJson) { Faces = [Face.Rest], RestQuery = "year=2147483648" },
        new(UnknownId, "indicator happiness", CompareIndicator, _ => Compare().With(r => r.Name = "indicators/happiness"), NotFound("indicators/happiness")),
        new(BadFormat, "breakdown by colour", CompareIndicator, _ => Compare().With(r => r.Breakdown = "colour"), Invalid("breakdown")),
        new(BadFormat, "a breakdown the indicator lacks", CompareIndicator, _ => Compare().With(r => r.Breakdown = "nationality"), Invalid("breakdown")),
        new(BadDate, "as of next year", CompareIndicator, _ => Compare().With(r => r.AsOf = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddYears(1))), Invalid("as_of")),
        new(BadDate, "as of a time that is not one", CompareIndicator, _ => Compare(), UnreadableJson) { Faces = [Face.Rest], RestQuery = "asOf=yesterday" },

        new(Missing, "no city", GetIndicatorSeries, _ => new Proto.GetIndicatorSeriesRequest { Name = "indicators/population-total" }, Invalid("cities")),
        new(BadDate, "to a year before the first", GetIndicatorSeries, _ => Series().With(r => (r.FromYear, r.ToYear) = (2015, 2010)), Invalid("to_year")),
        new(UnknownId, "city atlantis", GetIndicatorSeries, _ => Series().With(r => r.Cities.Add("atlantis")), Invalid("cities")),

        new(Missing, "no city", CreateObservation, _ => NewFigure().With(r => r.Observation.City = ""), Invalid("observation.city")),
        new(Missing, "no figure and no gap", CreateObservation, _ => NewFigure().With(r => r.Observation.ClearResult()), Invalid("observation.result")),
        new(Missing, "a figure without its source", CreateObservation, _ => NewFigure().With(r => r.Observation.Source = ""), Invalid("observation.source")),
        new(BadKind.Empty, "a gap without its reason", CreateObservation, _ => NewFigure().With(r => r.Observation.Gap = new Proto.DataGap { Missing = "Unemployment of migrants" }), Invalid("observation.gap.reason")),
        new(BadDate, "reference year 1800", CreateObservation, _ => NewFigure().With(r => r.Observation.ReferenceYear = 1800), Invalid("observation.reference_year")),
        new(BadDate, "reference year 3000", CreateObservation, _ => NewFigure().With(r => r.Observation.ReferenceYear = 3000), Invalid("observation.reference_year")),
        new(BadNumber, "an infinite figure", CreateObservation, _ => NewFigure().With(r => r.Observation.Value = double.PositiveInfinity), Invalid("observation.value")),
        new(BadNumber, "a figure that is not a number", CreateObservation, _ => NewFigure().With(r => r.Observation.Value = double.NaN), Invalid("observation.value")),
        new(WrongIsoCode, "nationality XK", CreateObservation, _ => NewFigure().With(r => r.Observation.Breakdown = new Proto.Breakdown { Nationality = "XK" }), Invalid("observation.breakdown.nationality")),
        // A city's focal point writes its own figures: refused for the input, not for who asks.
        new(BadNumber, "an infinite figure, by Tunis's focal point", CreateObservation, _ => NewFigure().With(r => r.Observation.Value = double.NegativeInfinity), Invalid("observation.value"))
            { User = SharedIssuer.TunisFocalPoint },
        new(BadFormat, "age group \"old\"", CreateObservation, _ => NewFigure().With(r => r.Observation.Breakdown = new Proto.Breakdown { AgeGroup = "old" }), Invalid("observation.breakdown.age_group")),
        new(UnknownEnum, "sex 7", CreateObservation, _ => NewFigure().With(r => r.Observation.Breakdown = new Proto.Breakdown { Sex = (Proto.Sex)7 }), Invalid("observation.breakdown.sex")),
        new(ControlCharacters, "BEL in the note", CreateObservation, _ => NewFigure().With(r => r.Observation.Note = WithControl), Invalid("observation.note")),
        new(SpoofingCharacters, "word joiner in the source", CreateObservation, _ => NewFigure().With(r => r.Observation.Source = WithWordJoiner), Invalid("observation.source")),
        new(TooLong, "source of 501 characters", CreateObservation, _ => NewFigure().With(r => r.Observation.Source = Long(501)), Invalid("observation.source")),
        new(BadFormat, "a source address that is not an http URL", CreateObservation, _ => NewFigure().With(r => r.Observation.SourceUrl = "javascript:alert(1)"), Invalid("observation.source_url")),
        new(BadFormat, "a text for a numeric indicator", CreateObservation, _ => NewFigure().With(r => r.Observation.TextValue = "many"), Invalid("observation.text_value")),
        new(UnknownId, "indicator happiness", CreateObservation, _ => NewFigure().With(r => r.Observation.Indicator = "indicators/happiness"), NotFound("indicators/happiness")),
        new(UnknownId, "city atlantis", CreateObservation, _ => NewFigure().With(r => r.Observation.City = "cities/atlantis"), NotFound("cities/atlantis")),
        new(MalformedJson, "a number as a word", CreateObservation, _ => NewFigure(), UnreadableJson)
            { Faces = [Face.Rest], RestBody = _ => Json("""{"city":"cities/tunis","indicator":"indicators/population-total","referenceYear":"twenty","value":1,"source":"x"}""") },

        new(Missing, "no reason", CorrectObservation, k => Correct(k).With(r => r.Reason = ""), Invalid("reason")),
        new(Missing, "no etag", CorrectObservation, k => Correct(k).With(r => r.Etag = ""), Invalid("etag")),
        new(BadFormat, "another city", CorrectObservation, k => Correct(k).With(r => r.Observation.City = "cities/lisbon"), Invalid("observation.city")),
        new(BadNumber, "an infinite figure", CorrectObservation, k => Correct(k).With(r => r.Observation.Value = double.PositiveInfinity), Invalid("observation.value")),
        new(BadDate, "reference year 3000", CorrectObservation, k => Correct(k).With(r => r.Observation.ReferenceYear = 3000), Invalid("observation.reference_year")),
        new(ControlCharacters, "ESC in the reason", CorrectObservation, k => Correct(k).With(r => r.Reason = "Typo\u001b[2J"), Invalid("reason")),
        new(BadFormat, "a breakdown the indicator lacks", CorrectObservation, k => Correct(k).With(r => r.Observation.Breakdown = new Proto.Breakdown { Nationality = "MA" }), Invalid("observation.breakdown")),
        new(StaleEtag, "an old etag", CorrectObservation, k => Correct(k).With(r => r.Etag = Known.StaleEtag), Stale),
        new(UnknownId, "an observation that does not exist", CorrectObservation, k => Correct(k).With(r => r.Name = Known.NoObservation), NotFound(Known.NoObservation)),

        new(Missing, "no reason", RetractObservation, k => Retract(k).With(r => r.Reason = ""), Invalid("reason")),
        new(TooLong, "reason of 501 characters", RetractObservation, k => Retract(k).With(r => r.Reason = Long(501)), Invalid("reason")),
        new(SpoofingCharacters, "right-to-left override in the reason", RetractObservation, k => Retract(k).With(r => r.Reason = WithOverride), Invalid("reason")),
        new(StaleEtag, "an old etag", RetractObservation, k => Retract(k).With(r => r.Etag = Known.StaleEtag), Stale),
        new(BadFormat, "a name that is not an observation's", RetractObservation, k => Retract(k).With(r => r.Name = "observations/not-an-id"), Invalid("name")),

        new(Missing, "no city", ImportObservations, _ => NewImport().With(r => r.City = ""), Invalid("city")),
        new(BadFormat, "a file named .txt", ImportObservations, _ => NewImport().With(r => r.FileName = "figures.txt"), Invalid("file_name")),
        new(BadKind.Empty, "an empty file", ImportObservations, _ => NewImport().With(r => r.Content = Google.Protobuf.ByteString.Empty), Invalid("content")),
        new(BadFormat, "a CSV file named like a workbook", ImportObservations, _ => NewImport().With(r => r.FileName = "figures.xlsx"), Invalid("content")),
        new(BadDate, "a row of the year 3000", ImportObservations, _ => NewImport(year: "3000"), Invalid("rows[2].reference_year")),
        new(BadNumber, "a row whose figure is a word", ImportObservations, _ => NewImport(value: "many"), Invalid("rows[2].value")),

        new(Missing, "no city", CreateProfile, _ => new Proto.CreateProfileRequest(), Invalid("city")),
        new(BadFormat, "a city id without its collection", CreateProfile, _ => new Proto.CreateProfileRequest { City = "tunis" }, Invalid("city")),
        new(UnknownId, "city atlantis", CreateProfile, _ => new Proto.CreateProfileRequest { City = "cities/atlantis" }, NotFound("cities/atlantis")),
        new(DuplicateId, "Tunis, which has a profile", CreateProfile, _ => new Proto.CreateProfileRequest { City = Known.Tunis }, Exists(Known.TunisProfile)),

        new(Missing, "no etag", UpdateProfile, k => Edit(k).With(r => r.Etag = ""), Invalid("etag")),
        new(BadFormat, "mask names no section", UpdateProfile, k => Edit(k).With(r => r.UpdateMask.Paths.Add("conclusions")), Invalid("update_mask")),
        new(ControlCharacters, "ESC in the synopsis", UpdateProfile, k => Edit(k).With(r => r.Content.Synopsis.En = "Turin\u001b[31m"), Invalid("content.synopsis.en")),
        new(SpoofingCharacters, "isolate in the Arabic synopsis", UpdateProfile, k => Edit(k).With(r => r.Content.Synopsis.Ar = WithIsolate), Invalid("content.synopsis.ar")),
        new(TooLong, "synopsis of 20,001 characters", UpdateProfile, k => Edit(k).With(r => r.Content.Synopsis.Fr = Long(20_001)), Invalid("content.synopsis.fr")),
        new(UnknownEnum, "service area 12", UpdateProfile, k => Edit(k).With(r => { r.Content.AccessToServices.Add(new Proto.ServiceAccess { Area = (Proto.ServiceArea)12 }); r.UpdateMask = Mask("access_to_services"); }),
            Invalid("content.access_to_services[0].area")),
        new(BadNumber, "revision -1", UpdateProfile, k => Edit(k).With(r => r.Revision = -1), Invalid("revision")),
        new(Oversized, "a synopsis over 4 MB", UpdateProfile, k => Edit(k).With(r => r.Content.Synopsis.Ar = HugeText), TooLarge),
        new(UnknownId, "profile atlantis", UpdateProfile, k => Edit(k).With(r => r.Name = "profiles/atlantis"), NotFound("profiles/atlantis")),
        new(StaleEtag, "an old etag", UpdateProfile, k => Edit(k).With(r => r.Etag = Known.StaleEtag), Stale),
        new(InvalidTransition, "a published revision", UpdateProfile, k => Edit(k).With(r => (r.Name, r.Etag, r.Revision) = (Known.TunisProfile, k.TunisProfileEtag, 1)), Precondition("PROFILE_WORKFLOW")),

        new(Missing, "no etag", SubmitProfile, _ => new Proto.SubmitProfileRequest { Name = Known.TurinProfile }, Invalid("etag")),
        new(UnknownId, "profile atlantis", SubmitProfile, _ => new Proto.SubmitProfileRequest { Name = "profiles/atlantis", Etag = Known.StaleEtag }, NotFound("profiles/atlantis")),
        new(InvalidTransition, "a profile without a draft", SubmitProfile, k => new Proto.SubmitProfileRequest { Name = Known.TunisProfile, Etag = k.TunisProfileEtag }, Precondition("PROFILE_WORKFLOW")),
        new(MalformedJson, "not JSON at all", SubmitProfile, _ => new Proto.SubmitProfileRequest { Name = Known.TurinProfile }, UnreadableJson) { Faces = [Face.Rest], RestBody = _ => Json("etag=W/1") },

        new(Missing, "no comment", ReturnProfile, k => SendBack(k).With(r => r.Comment = ""), Invalid("comment")),
        new(TooLong, "comment of 2,001 characters", ReturnProfile, k => SendBack(k).With(r => r.Comment = Long(2_001)), Invalid("comment")),
        new(ControlCharacters, "NUL in the comment", ReturnProfile, k => SendBack(k).With(r => r.Comment = WithNul), Invalid("comment")),
        new(InvalidTransition, "a draft that is not in review", ReturnProfile, SendBack, Precondition("PROFILE_WORKFLOW")),

        new(InvalidTransition, "a draft that is not in review", PublishProfile, k => new Proto.PublishProfileRequest { Name = Known.TurinProfile, Etag = k.TurinProfileEtag }, Precondition("PROFILE_WORKFLOW")),
        new(StaleEtag, "an old etag", PublishProfile, _ => new Proto.PublishProfileRequest { Name = Known.TurinProfile, Etag = Known.StaleEtag }, Stale),
        new(BadFormat, "a name with a space", PublishProfile, k => new Proto.PublishProfileRequest { Name = "profiles/tu nis", Etag = k.TunisProfileEtag }, Invalid("name")),
    ];

    private static Proto.CreateIndicatorRequest NewIndicator() => new()
    {
        IndicatorId = "migrant-pupils",
        Indicator = new Proto.Indicator
        {
            DisplayName = new() { En = "Migrant pupils" }, Unit = "persons", Dimension = Proto.Dimension.AccessToServices, ValueKind = Proto.ValueKind.Number,
        },
    };

    private static Proto.CompareIndicatorRequest Compare() => new() { Name = "indicators/population-total", Cities = { "tunis" } };

    /// <summary>A figure of Tunis's population for a year the seed has none of.</summary>
    private static Proto.CreateObservationRequest NewFigure() => new()
    {
        Observation = new Proto.Observation
        {
            City = Known.Tunis, Indicator = "indicators/population-total", ReferenceYear = 2001, Value = 700_000, Source = "Census",
        },
    };

    private static Proto.GetIndicatorSeriesRequest Series() => new() { Name = "indicators/population-total", Cities = { "tunis" } };

    /// <summary>A correction of Tunis's seeded population, refused for one bad field at a time.</summary>
    private static Proto.CorrectObservationRequest Correct(Known known) => new()
    {
        Name = known.TunisPopulation.Name, Etag = known.TunisPopulation.Etag, Reason = "The census table says otherwise.",
        Observation = new Proto.Observation { ReferenceYear = known.TunisPopulation.ReferenceYear, Value = 638_846, Source = known.TunisPopulation.Source },
    };

    /// <summary>A one-row CSV import of a Tunis figure, as the observations' export writes it.</summary>
    private static Proto.ImportObservationsRequest NewImport(string year = "2001", string value = "700000") => new()
    {
        City = Known.Tunis,
        FileName = "figures.csv",
        Content = Google.Protobuf.ByteString.CopyFromUtf8(
            "observation,city,indicator,reference_year,sex,age_group,nationality,legal_status,kind,value,text_value,source,gap_missing,gap_reason,note,source_url\r\n"
            + $",{Known.Tunis},indicators/population-total,{year},,,,,value,{value},,Census,,,,\r\n"),
    };

    private static Proto.RetractObservationRequest Retract(Known known) =>
        new() { Name = known.TunisPopulation.Name, Etag = known.TunisPopulation.Etag, Reason = "Not a figure of Tunis." };

    private static Proto.UpdateProfileRequest Edit(Known known) => new()
    {
        Name = Known.TurinProfile, Etag = known.TurinProfileEtag, UpdateMask = Mask("synopsis"),
        Content = new Proto.ProfileContent { Synopsis = new() { En = "Turin, a city of arrivals." } },
    };

    private static Proto.ReturnProfileRequest SendBack(Known known) =>
        new() { Name = Known.TurinProfile, Comment = "Please add the 2017 figures.", Etag = known.TurinProfileEtag };
}
