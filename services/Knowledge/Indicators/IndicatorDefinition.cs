using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>An indicator of the catalogue: what is measured, in which unit, and how it may be broken down.</summary>
public sealed class IndicatorDefinition
{
    private IndicatorDefinition()
    {
    }

    public IndicatorDefinition(string code, LocalizedText names, string unit, Dimension dimension,
        IEnumerable<Disaggregation> allowedDisaggregations, ValueKind valueKind, bool keyFigure, int position)
    {
        Code = code;
        Names = names;
        Unit = unit;
        Dimension = dimension;
        AllowedDisaggregations = allowedDisaggregations.Distinct().Order().ToList();
        ValueKind = valueKind;
        KeyFigure = keyFigure;
        Position = position;
    }

    /// <summary>A slug, e.g. "population-total".</summary>
    public string Code { get; private set; } = string.Empty;

    public LocalizedText Names { get; private set; } = LocalizedText.Empty;

    public string Unit { get; private set; } = string.Empty;

    public Dimension Dimension { get; private set; }

    public List<Disaggregation> AllowedDisaggregations { get; private set; } = [];

    public ValueKind ValueKind { get; private set; }

    /// <summary>Shown in every profile's key-figures box.</summary>
    public bool KeyFigure { get; private set; }

    /// <summary>Order in the catalogue.</summary>
    public int Position { get; private set; }

    public string ResourceName => $"indicators/{Code}";
}
