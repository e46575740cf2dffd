using System.Diagnostics.CodeAnalysis;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Domain.Validation;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Profiles;

/// <summary>A comparison cell in words: its figure, or its gap and why; never a zero for what is missing.</summary>
public static class Cells
{
    public static bool HasFigure([NotNullWhen(true)] this ComparisonCell? cell) => cell?.Status == CellStatus.Value;

    public static string Figure(this ComparisonCell cell, CurrentLanguage language) =>
        !string.IsNullOrEmpty(cell.TextValue) ? cell.TextValue : cell.Value.ToString("#,0.##", language.Language.Culture);

    /// <summary>
    /// The address to link the cell's source to: its source_url when that is an http or https URL,
    /// otherwise none (the service checks addresses on the way in; the portal links nothing else).
    /// </summary>
    public static string? SourceLink(this ComparisonCell? cell) =>
        cell is not null && UrlRules.IsHttpUrl(cell.SourceUrl, maxLength: 2_000) ? cell.SourceUrl : null;

    /// <summary>"No data: what is missing — why", or "Not reported".</summary>
    public static string Gap(this ComparisonCell? cell, CurrentLanguage language)
    {
        if (cell is { Status: CellStatus.Gap, Gap: { } gap })
        {
            var parts = new[] { gap.Missing, gap.Reason }.Where(p => !string.IsNullOrWhiteSpace(p));
            return $"{language[Texts.DataGap]}: {string.Join(" — ", parts)}";
        }

        return language[Texts.NotReported];
    }
}
