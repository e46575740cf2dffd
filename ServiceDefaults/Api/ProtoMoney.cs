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

    /// <summary>
    /// An amount as google.type.Money defines it, in cents: nanos under one unit and of the sign of
    /// the units. ToDecimal alone would read 40,000 units and 1,000,000,000 nanos as 40,001.
    /// </summary>
    public static bool IsWholeCents(this Money money) =>
        money.Nanos is > -1_000_000_000 and < 1_000_000_000
        && money.Nanos % 10_000_000 == 0
        && (money.Units == 0 || money.Nanos == 0 || (money.Units > 0) == (money.Nanos > 0));
}
