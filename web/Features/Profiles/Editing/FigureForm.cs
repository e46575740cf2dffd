using System.Globalization;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Profiles.Editing;

/// <summary>A figure of the city for the profile (an indicator, a year, a value and its source), or a declared data gap.</summary>
public sealed class FigureForm : FormModel
{
    /// <summary>"indicators/{code}".</summary>
    public string? Indicator { get; set; }

    public string? Value { get; set; }

    public int? Year { get; set; }

    public string? Source { get; set; }

    public bool IsGap { get; set; }

    public string? GapMissing { get; set; }

    public string? GapReason { get; set; }

    /// <summary>
    /// The observation to record. A text indicator takes the value as text; a number is read in the
    /// page's culture or the invariant one, and anything else goes as NaN so the service names the
    /// field with every other problem of the form at once.
    /// </summary>
    public CreateObservationRequest Request(string cityId, ValueKind kind, CultureInfo culture)
    {
        var observation = new Observation
        {
            City = $"cities/{cityId}",
            Indicator = Indicator ?? string.Empty,
            ReferenceYear = Year ?? 0,
            Source = Source?.Trim() ?? string.Empty,
        };
        if (IsGap)
        {
            observation.Gap = new DataGap { Missing = GapMissing?.Trim() ?? string.Empty, Reason = GapReason?.Trim() ?? string.Empty };
        }
        else if (kind == ValueKind.Text)
        {
            observation.TextValue = Value?.Trim() ?? string.Empty;
        }
        else
        {
            observation.Value = Number(Value, culture);
        }

        return new CreateObservationRequest { Observation = observation };
    }

    private static double Number(string? text, CultureInfo culture)
    {
        var trimmed = text?.Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ') ?? string.Empty;
        return double.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, culture, out var value)
            || double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            ? value
            : double.NaN;
    }
}
