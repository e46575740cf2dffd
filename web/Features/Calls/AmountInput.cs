using System.Globalization;

namespace Mc2cm.Web.Features.Calls;

/// <summary>An amount as a form takes it (the number typed and a currency), as the services' google.type.Money.</summary>
public sealed class AmountInput
{
    public string? Amount { get; set; }

    public string? Currency { get; set; } = "EUR";

    /// <summary>
    /// Null when no amount was typed (the service says whether one is required); a number it cannot
    /// read goes as zero, so the service names the field rather than the portal guessing.
    /// </summary>
    public Google.Type.Money? ToProto()
    {
        if (string.IsNullOrWhiteSpace(Amount))
        {
            return null;
        }

        var amount = decimal.TryParse(Amount.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0m;
        var units = decimal.Truncate(amount);
        return new Google.Type.Money
        {
            CurrencyCode = Currency?.Trim().ToUpperInvariant() ?? string.Empty,
            Units = (long)units,
            Nanos = (int)((amount - units) * 1_000_000_000m),
        };
    }

    /// <summary>The amount of <paramref name="money"/> as a number.</summary>
    public static decimal Of(Google.Type.Money? money) => money is null ? 0m : money.Units + (money.Nanos / 1_000_000_000m);
}
