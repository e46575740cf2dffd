using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Components.Shared;

/// <summary>Amounts of the services (google.type.Money) in the page's culture: "EUR 50,000" / "50 000 EUR".</summary>
public static class Money
{
    public static string Show(this Google.Type.Money? money, CurrentLanguage language)
    {
        if (money is null)
        {
            return "—";
        }

        var amount = money.Units + (money.Nanos / 1_000_000_000m);
        return string.Format(language.Language.Culture, "{0:#,0.##} {1}", amount, money.CurrencyCode);
    }
}
