using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Cities;

/// <summary>The network's countries in the portal's languages; another country shows as its ISO code.</summary>
public static class Countries
{
    private static readonly Dictionary<string, Text> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AT"] = new("Austria", "Autriche", "النمسا"),
        ["DZ"] = new("Algeria", "Algérie", "الجزائر"),
        ["ES"] = new("Spain", "Espagne", "إسبانيا"),
        ["FR"] = new("France", "France", "فرنسا"),
        ["IT"] = new("Italy", "Italie", "إيطاليا"),
        ["JO"] = new("Jordan", "Jordanie", "الأردن"),
        ["LB"] = new("Lebanon", "Liban", "لبنان"),
        ["LY"] = new("Libya", "Libye", "ليبيا"),
        ["MA"] = new("Morocco", "Maroc", "المغرب"),
        ["PT"] = new("Portugal", "Portugal", "البرتغال"),
        ["TN"] = new("Tunisia", "Tunisie", "تونس"),
    };

    public static Text Name(string code) => Names.TryGetValue(code, out var name) ? name : new(code, code, code);
}
