using Mc2cm.BuildingBlocks.Localization;

namespace Mc2cm.BuildingBlocks.Tests.Api;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Tunis = new("Tunis City Migration Profile", "Profil migratoire de la ville de Tunis", string.Empty);

    [Theory]
    [InlineData("fr", "Profil migratoire de la ville de Tunis", "fr")]
    [InlineData("FR", "Profil migratoire de la ville de Tunis", "fr")]
    [InlineData("en", "Tunis City Migration Profile", "en")]
    [InlineData("ar", "Tunis City Migration Profile", "en")]
    [InlineData("de", "Tunis City Migration Profile", "en")]
    [InlineData(null, "Tunis City Migration Profile", "en")]
    public void A_reader_gets_the_language_asked_for_or_the_best_one_with_its_language(string? asked, string text, string language) =>
        Assert.Equal((text, language), Tunis.In(asked));

    [Fact]
    public void French_is_the_fallback_when_there_is_no_english() =>
        Assert.Equal(("Sfax", "fr"), new LocalizedText(string.Empty, "Sfax", "صفاقس").In("de"));

    [Theory]
    [InlineData("Fès", "fes")]
    [InlineData("SÉVILLE", "seville")]
    [InlineData("عمّان", "عمان")]
    [InlineData("إشبيلية", "اشبيلية")]
    public void Folding_drops_case_accents_and_arabic_diacritics(string text, string folded) =>
        Assert.Equal(folded, LocalizedText.Fold(text));
}
