using Mc2cm.BuildingBlocks.Localization;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>Writes indicators as mc2cm.knowledge.v1 messages.</summary>
public static class IndicatorMapping
{
    public static Proto.Indicator ToProto(this IndicatorDefinition indicator, string? language = null)
    {
        var message = new Proto.Indicator
        {
            Name = indicator.ResourceName,
            DisplayName = indicator.Names.ToProto(language),
            Unit = indicator.Unit,
            Dimension = indicator.Dimension,
            ValueKind = indicator.ValueKind,
            KeyFigure = indicator.KeyFigure,
        };
        message.AllowedDisaggregations.AddRange(indicator.AllowedDisaggregations);
        return message;
    }
}
