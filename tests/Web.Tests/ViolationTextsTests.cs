using System.Reflection;
using Google.Rpc;
using Mc2cm.Domain.Validation;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Tests;

public sealed class ViolationTextsTests
{
    private static readonly CurrentLanguage English = new() { Language = UiLanguage.English };
    private static readonly CurrentLanguage French = new() { Language = UiLanguage.French };
    private static readonly CurrentLanguage Arabic = new() { Language = UiLanguage.Arabic };

    /// <summary>Every reason a service may send: the constants of <see cref="FieldReasons"/>.</summary>
    public static TheoryData<string> Reasons() =>
    [
        .. typeof(FieldReasons).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    /// <summary>Values for every parameter a reason may need.</summary>
    private static readonly Dictionary<string, string> AllParameters = new()
    {
        [FieldParameters.MaxLength] = "200",
        [FieldParameters.Minimum] = "1",
        [FieldParameters.Maximum] = "20",
        [FieldParameters.MaxItems] = "5",
        [FieldParameters.Field] = "meeting.start_date",
        [FieldParameters.Example] = "Europe/Lisbon",
        [FieldParameters.Currency] = "EUR",
        [FieldParameters.Start] = "2018-07-01",
        [FieldParameters.End] = "2021-03-31",
    };

    private static FormMessage Say(string reason, IReadOnlyDictionary<string, string> parameters, CurrentLanguage language) =>
        ViolationTexts.Say(new BadRequest.Types.FieldViolation { Field = "f", Description = "service sentence.", Reason = reason }, parameters, language);

    [Fact]
    public void The_vocabulary_is_read_by_reflection() => Assert.Contains(FieldReasons.MustFollow, Reasons().Select(r => r.Data));

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Every_reason_is_said_in_english_french_and_arabic(string reason)
    {
        var said = new[] { English, French, Arabic }.Select(language => (language.Code, Message: Say(reason, AllParameters, language))).ToList();

        Assert.All(said, s => Assert.Equal(s.Code, s.Message.Language));
        Assert.All(said, s => Assert.False(string.IsNullOrWhiteSpace(s.Message.Text)));
        Assert.Equal(3, said.Select(s => s.Message.Text).Distinct().Count());
    }

    [Fact]
    public void A_range_is_said_with_its_bounds_as_the_page_writes_numbers_and_dates()
    {
        var numbers = new Dictionary<string, string> { [FieldParameters.Minimum] = "0", [FieldParameters.Maximum] = "100000" };
        var dates = new Dictionary<string, string> { [FieldParameters.Minimum] = "2031-05-01", [FieldParameters.Maximum] = "2031-05-31" };
        var years = new Dictionary<string, string> { [FieldParameters.Minimum] = "1900", [FieldParameters.Maximum] = "2026" };

        Assert.Equal("Saisissez une valeur de 0 à 100\u202F000.", Say(FieldReasons.OutOfRange, numbers, French).Text);
        Assert.Equal("Enter a value from 0 to 100,000.", Say(FieldReasons.OutOfRange, numbers, English).Text);
        Assert.Equal("Saisissez une valeur de 01/05/2031 à 31/05/2031.", Say(FieldReasons.OutOfRange, dates, French).Text);
        Assert.Equal("Enter a value from 1900 to 2026.", Say(FieldReasons.OutOfRange, years, English).Text);
        Assert.Equal("Saisissez 0,01 ou plus.", Say(FieldReasons.OutOfRange, new Dictionary<string, string> { [FieldParameters.Minimum] = "0.01" }, French).Text);
    }

    [Fact]
    public void Limits_lists_examples_and_currencies_are_said_with_their_values()
    {
        Assert.Equal("200 caractères au plus.", Say(FieldReasons.TooLong, AllParameters, French).Text);
        Assert.Equal("5 au maximum.", Say(FieldReasons.TooMany, AllParameters, French).Text);
        // An example is copied as the service wrote it: "10.7" stays "10.7" in French.
        Assert.Equal("Écrivez-le de la manière attendue, par exemple 10.7.",
            Say(FieldReasons.InvalidFormat, new Dictionary<string, string> { [FieldParameters.Example] = "10.7" }, French).Text);
        Assert.Equal("Ce n’est pas écrit de la manière attendue.", Say(FieldReasons.InvalidFormat, new Dictionary<string, string>(), French).Text);
        Assert.Equal("يجب أن يكون المبلغ بعملة EUR.", Say(FieldReasons.WrongCurrency, AllParameters, Arabic).Text);
    }

    [Fact]
    public void An_overlap_names_the_other_period_as_the_page_writes_dates_or_says_it_is_open()
    {
        Assert.Equal("Chevauche une autre période, du 01/07/2018 au 31/03/2021.", Say(FieldReasons.Overlaps, AllParameters, French).Text);
        Assert.Equal("Overlaps another period, open since 01/04/2021.",
            Say(FieldReasons.Overlaps, new Dictionary<string, string> { [FieldParameters.Start] = "2021-04-01" }, English).Text);
    }

    [Theory]
    [InlineData("NOT_A_REASON_WE_KNOW")]
    [InlineData("")]
    [InlineData(FieldReasons.TooLong)]
    [InlineData(FieldReasons.OutOfRange)]
    [InlineData(FieldReasons.MustFollow)]
    [InlineData(FieldReasons.Overlaps)]
    public void An_unknown_reason_or_one_without_its_values_falls_back_to_the_english_sentence(string reason) =>
        Assert.Equal(new FormMessage("Service sentence.", "en"), Say(reason, new Dictionary<string, string>(), French));
}
