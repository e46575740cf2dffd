using Mc2cm.Contracts.Common.V1;

namespace Mc2cm.Web.Components.Forms;

/// <summary>A text a form asks for in up to three languages (<see cref="LanguageFields"/>), as the services' LocalizedText.</summary>
public sealed class LocalizedTextInput
{
    public string? En { get; set; }

    public string? Fr { get; set; }

    public string? Ar { get; set; }

    /// <summary>Nothing typed in any language.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(En) && string.IsNullOrWhiteSpace(Fr) && string.IsNullOrWhiteSpace(Ar);

    /// <summary>The text as the services take it: the languages given, blank ones left out.</summary>
    public LocalizedText ToProto() => new()
    {
        En = En?.Trim() ?? string.Empty,
        Fr = Fr?.Trim() ?? string.Empty,
        Ar = Ar?.Trim() ?? string.Empty,
    };

    public static LocalizedTextInput From(LocalizedText? text) => new() { En = text?.En, Fr = text?.Fr, Ar = text?.Ar };
}
