using Google.Rpc;
using Google.Type;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Errors;
using Microsoft.Extensions.Time.Testing;

namespace Mc2cm.BuildingBlocks.Tests.Api;

public sealed class FieldRulesTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("   ", true)]
    [InlineData(" Lisbon", true)]
    [InlineData("Lis\tbon", true)]
    [InlineData("Lis\u0000bon", true)]
    [InlineData("Lisboa", false)]
    [InlineData("لشبونة", false)]
    public void Required_text_refuses_blank_padded_and_control_characters(string? value, bool refused) =>
        Assert.Equal(refused, !new FieldViolations().RequiredText("f", value, 20).IsEmpty);

    [Theory]
    [InlineData("Oujda\u202Egnp.exe")] // right-to-left override: shows "Oujdaexe.png"
    [InlineData("\u202Bوجدة\u202C")] // right-to-left embedding and its pop
    [InlineData("Ouj\u202Ada")]
    [InlineData("Ouj\u202Dda")]
    [InlineData("\u2066Oujda\u2069")] // left-to-right isolate and its pop
    [InlineData("\u2067وجدة\u2069")]
    [InlineData("\u2068Oujda")]
    [InlineData("Ouj\u200Bda")] // zero-width space
    [InlineData("وج\u200Cدة")] // zero-width non-joiner
    [InlineData("وج\u200Dدة")] // zero-width joiner
    [InlineData("Ouj\u2060da")] // word joiner
    [InlineData("\uFEFFOujda")] // byte order mark
    public void Text_refuses_bidirectional_controls_and_zero_width_characters(string value)
    {
        var violations = new FieldViolations().RequiredText("city.display_name.ar", value, 100).OptionalText("note", value, 100, multiline: true);

        Assert.Equal(["city.display_name.ar", "note"], violations.All.Select(v => v.Field));
        Assert.All(violations.All, v => Assert.Contains("bidirectional controls", v.Description, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("عمّان")] // Amman with a shadda, as the seed writes it
    [InlineData("عَمَّان")] // and with fatha and shadda
    [InlineData("الدار البيضاء")] // Casablanca
    [InlineData("إشبيلية")] // Seville, hamza below
    [InlineData("Séville")]
    [InlineData("Fe\u0300s")] // a French accent typed as a combining mark
    [InlineData("Migration Ville à Ville en Méditerranée")]
    public void Arabic_and_french_text_with_their_marks_is_accepted(string value) =>
        Assert.True(new FieldViolations().RequiredText("name", value, 100).IsEmpty);

    [Fact]
    public void Text_over_the_limit_names_the_limit_and_the_length()
    {
        var violations = new FieldViolations().RequiredText("name", new string('a', 21), 20);

        Assert.Equal("must be at most 20 characters (got 21).", Assert.Single(violations.All).Description);
    }

    [Theory]
    [InlineData("name@example.org", true)]
    [InlineData("name.surname@city.gov.tn", true)]
    [InlineData("name@localhost", false)]
    [InlineData("name example.org", false)]
    [InlineData("@example.org", false)]
    public void Email_addresses_have_a_name_and_a_domain(string email, bool accepted) =>
        Assert.Equal(accepted, new FieldViolations().Email("email", email).IsEmpty);

    [Fact]
    public void Reference_years_run_from_1900_to_this_year()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(new FieldViolations().ReferenceYear("y", 2026, clock).IsEmpty);
        Assert.False(new FieldViolations().ReferenceYear("y", 2027, clock).IsEmpty);
        Assert.False(new FieldViolations().ReferenceYear("y", 1899, clock).IsEmpty);
    }

    [Fact]
    public void Dates_must_exist_on_the_calendar()
    {
        var violations = new FieldViolations();

        Assert.Equal(new DateOnly(2024, 2, 29), violations.ReadDate("d", new Date { Year = 2024, Month = 2, Day = 29 }));
        Assert.Null(violations.ReadDate("d", new Date { Year = 2023, Month = 2, Day = 29 }));
        Assert.Null(violations.ReadDate("d", new Date { Year = 2023, Month = 13, Day = 1 }));
        Assert.Null(violations.ReadDate("d", null));
        Assert.Equal(3, violations.All.Count);
    }

    [Fact]
    public void Country_codes_are_the_249_assigned_iso_codes_in_upper_case()
    {
        Assert.Equal(249, CountryCodes.Count);
        Assert.True(CountryCodes.IsAssigned("TN"));
        Assert.False(CountryCodes.IsAssigned("tn"));
        Assert.False(CountryCodes.IsAssigned("XK"));
        Assert.False(CountryCodes.IsAssigned("EU"));
    }

    [Theory]
    [InlineData("EUR", true)]
    [InlineData("TND", true)]
    [InlineData("XOF", true)]
    [InlineData("eur", false)]
    [InlineData("XYZ", false)]
    [InlineData("XTS", false)]
    [InlineData("EURO", false)]
    public void Currencies_are_iso_4217_codes_in_circulation(string code, bool accepted) =>
        Assert.Equal(accepted, new FieldViolations().CurrencyCode("currency_code", code).IsEmpty);

    [Theory]
    [InlineData("en", true)]
    [InlineData("ar", true)]
    [InlineData("zz", false)]
    [InlineData("EN", false)]
    [InlineData("eng", false)]
    public void Languages_are_iso_639_1_codes_in_lower_case(string code, bool accepted) =>
        Assert.Equal(accepted, new FieldViolations().LanguageCode("language", code).IsEmpty);

    [Fact]
    public void Etags_are_refused_only_when_set_and_stale()
    {
        ETag.EnsureCurrent(null, 4, "cities/lisbon");
        ETag.EnsureCurrent(ETag.From(4), 4, "cities/lisbon");

        Assert.Throws<Domain.Errors.StaleWriteException>(() => ETag.EnsureCurrent(ETag.From(3), 4, "cities/lisbon"));
    }

    [Theory]
    [InlineData(null, FieldReasons.Required)]
    [InlineData("a very long name indeed", FieldReasons.TooLong)]
    [InlineData("Lis\u0000bon", FieldReasons.ControlCharacters)]
    [InlineData("Ouj\u200Bda", FieldReasons.InvisibleControls)]
    [InlineData(" Lisbon", FieldReasons.SurroundingWhiteSpace)]
    public void Shared_rules_say_their_reason_so_clients_can_translate_them(string? value, string reason) =>
        Assert.Equal(reason, Assert.Single(new FieldViolations().RequiredText("f", value, 20).All).Reason);

    [Fact]
    public void E_mail_and_year_rules_say_their_reason_too()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        var violations = new FieldViolations().Email("email", "not-an-address").ReferenceYear("year", 1800, clock);

        Assert.Equal([FieldReasons.InvalidFormat, FieldReasons.OutOfRange], violations.All.Select(v => v.Reason));
        Assert.Equal("name@example.org", violations.ParametersOf("email")[FieldParameters.Example]);
        Assert.Equal(new Dictionary<string, string> { ["minimum"] = "1900", ["maximum"] = "2026" }, violations.ParametersOf("year"));
    }

    [Fact]
    public void A_limit_travels_beside_the_violation_keyed_by_its_field_never_only_in_the_sentence()
    {
        var violations = new FieldViolations().RequiredText("city.display_name.fr", new string('a', 21), 20);

        Assert.Equal("20", violations.Parameters["city.display_name.fr:maxLength"]);
        var error = Assert.Throws<Domain.Errors.InvalidArgumentException>(violations.ThrowIfAny);
        var info = error.ToStatus().GetDetail<ErrorInfo>();
        Assert.Equal((Domain.Errors.InvalidArgumentException.Reason, "mc2cm.org"), (info.Reason, info.Domain));
        Assert.Equal("20", info.Metadata["city.display_name.fr:maxLength"]);
        // Another field's values are not this one's, even when its name starts the same.
        Assert.Empty(FieldParameters.Of(info.Metadata, "city.display_name"));
    }

    [Theory]
    [InlineData(0, FieldReasons.Required)]
    [InlineData(1, null)]
    [InlineData(99, FieldReasons.NotAllowed)]
    public void An_enum_is_required_when_unset_and_not_allowed_when_unknown(int number, string? reason)
    {
        var violations = new FieldViolations().Enum("day", (Google.Type.DayOfWeek)number, "must be a day of the week.");

        Assert.Equal(reason, violations.All.SingleOrDefault()?.Reason);
    }

    [Fact]
    public void Dates_and_decimals_are_written_invariantly_whatever_the_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            Assert.Equal(
                new Dictionary<string, string> { ["minimum"] = "2026-01-31", ["maximum"] = "0.01" },
                FieldReason.Range(new DateOnly(2026, 1, 31), 0.01m).Parameters);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
