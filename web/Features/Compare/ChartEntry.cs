namespace Mc2cm.Web.Features.Compare;

/// <summary>A row of a chart: a city's name (and its language), its figure or none, and the text shown beside the bar or in the gap.</summary>
public sealed record ChartEntry(string Label, string LabelLanguage, double? Value, string ValueText);
