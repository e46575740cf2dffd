namespace Mc2cm.Domain.Validation;

/// <summary>
/// ISO 4217 codes of the currencies in circulation (list of 2025). Fund codes, precious metals and
/// the testing and "no currency" codes (XTS, XXX) are left out: no grant or budget is paid in them.
/// </summary>
public static class CurrencyCodes
{
    private static readonly CodeList InCirculation = new(
        """
        AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
        BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
        GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
        KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
        MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
        SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS
        UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
        """);

    public static int Count => InCirculation.Count;

    public static bool IsInCirculation(string? code) => InCirculation.Contains(code);

    /// <summary>Checks a required upper-case ISO 4217 currency code.</summary>
    public static FieldViolations CurrencyCode(this FieldViolations violations, string field, string? code) =>
        InCirculation.Require(violations, field, code, "must be the upper-case ISO 4217 code of a currency, e.g. \"EUR\".", "EUR");
}
