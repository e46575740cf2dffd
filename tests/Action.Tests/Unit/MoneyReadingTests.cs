using Mc2cm.Action.Actions;
using Mc2cm.Action.Calls;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Money = Google.Type.Money;

namespace Mc2cm.Action.Tests.Unit;

/// <summary>
/// Amounts come as google.type.Money: nanos beyond one unit, of the other sign than the units, or
/// finer than a cent are refused, not added up (a grant of 40,000 units and 1,000,000,000 nanos
/// was stored as 40,001 — the bad-input suite found it).
/// </summary>
public sealed class MoneyReadingTests
{
    [Theory]
    [InlineData(40_000, 1_000_000_000)]
    [InlineData(40_000, -1_000_000_000)]
    [InlineData(40_000, -500_000_000)]
    [InlineData(40_000, 5)]
    public void A_grant_that_is_not_whole_cents_is_refused(long units, int nanos)
    {
        var violations = new FieldViolations();

        CallRequestReader.ReadMoney(violations, "application.requested_amount", new Money { CurrencyCode = "EUR", Units = units, Nanos = nanos }, required: true);

        Assert.True(violations.HasViolationFor("application.requested_amount"));
    }

    [Theory]
    [InlineData(40_000, 0)]
    [InlineData(40_000, 990_000_000)]
    [InlineData(0, 50_000_000)]
    public void A_grant_in_whole_cents_is_read(long units, int nanos)
    {
        var violations = new FieldViolations();

        var (amount, currency) = CallRequestReader.ReadMoney(violations, "call.max_grant", new Money { CurrencyCode = "EUR", Units = units, Nanos = nanos }, required: true);

        Assert.True(violations.IsEmpty);
        Assert.Equal((units + (nanos / 1_000_000_000m), "EUR"), (amount, currency));
    }

    [Theory]
    [InlineData(100, 1_000_000_000)]
    [InlineData(100, -10_000_000)]
    [InlineData(100, 1)]
    public void A_disbursement_that_is_not_whole_cents_is_refused(long units, int nanos)
    {
        var request = new ReportProgressRequest
        {
            Name = "actions/act-1", ReportedOn = new Google.Type.Date { Year = 2026, Month = 3, Day = 1 }, Status = ActionStatus.InProgress, ProgressPercent = 10, Etag = "W/\"1\"",
            Disbursed = new Money { CurrencyCode = "EUR", Units = units, Nanos = nanos },
        };

        var refused = Assert.Throws<InvalidArgumentException>(() => ProgressRequestReader.Read(request, "EUR", new DateOnly(2026, 6, 1)));

        Assert.Equal(["disbursed"], refused.Violations.Select(v => v.Field));
    }
}
