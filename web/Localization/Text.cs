namespace Mc2cm.Web.Localization;

/// <summary>
/// One of the portal's own words or sentences, in its three languages. Every text is written
/// in all three: the compiler refuses one that lacks a language, where a resource file would
/// quietly fall back to English.
/// </summary>
public sealed record Text(string En, string Fr, string Ar)
{
    public string In(string language) => language switch
    {
        "fr" => Fr,
        "ar" => Ar,
        _ => En,
    };
}
