using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Cities;

/// <summary>The network's countries in the portal's languages; another country shows as its ISO code.</summary>
public static class Countries
{
    private static readonly Dictionary<string, Text> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AT"] = new("Austria", "Autriche", "النمسا"),
        ["BE"] = new("Belgium", "Belgique", "بلجيكا"),
        ["CY"] = new("Cyprus", "Chypre", "قبرص"),
        ["DE"] = new("Germany", "Allemagne", "ألمانيا"),
        ["DZ"] = new("Algeria", "Algérie", "الجزائر"),
        ["EG"] = new("Egypt", "Égypte", "مصر"),
        ["ES"] = new("Spain", "Espagne", "إسبانيا"),
        ["FR"] = new("France", "France", "فرنسا"),
        ["GR"] = new("Greece", "Grèce", "اليونان"),
        ["IT"] = new("Italy", "Italie", "إيطاليا"),
        ["JO"] = new("Jordan", "Jordanie", "الأردن"),
        ["LB"] = new("Lebanon", "Liban", "لبنان"),
        ["LY"] = new("Libya", "Libye", "ليبيا"),
        ["MA"] = new("Morocco", "Maroc", "المغرب"),
        ["MT"] = new("Malta", "Malte", "مالطا"),
        ["PT"] = new("Portugal", "Portugal", "البرتغال"),
        ["PS"] = new("Palestine", "Palestine", "فلسطين"),
        ["SY"] = new("Syria", "Syrie", "سوريا"),
        ["TN"] = new("Tunisia", "Tunisie", "تونس"),
        ["TR"] = new("Türkiye", "Turquie", "تركيا"),
    };

    /// <summary>The countries the portal names, by ISO code.</summary>
    public static IEnumerable<string> Codes => Names.Keys;

    public static Text Name(string code) => Names.TryGetValue(code, out var name) ? name : new(code, code, code);
}
