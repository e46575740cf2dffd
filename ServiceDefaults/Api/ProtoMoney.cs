using Google.Type;

namespace Mc2cm.ServiceDefaults.Api;

/// <summary>Conversion of an amount to google.type.Money (units plus nanos).</summary>
public static class ProtoMoney
{
    public static Money ToMoney(this decimal amount, string currencyCode)
    {
        var units = decimal.Truncate(amount);
        return new Money
        {
            CurrencyCode = currencyCode,
            Units = (long)units,
            Nanos = (int)((amount - units) * 1_000_000_000m),
        };
    }

    public static decimal ToDecimal(this Money money) => money.Units + (money.Nanos / 1_000_000_000m);
}
