namespace Mc2cm.Knowledge.Observations;

/// <summary>Which observation a comparison cell or key figure shows.</summary>
public static class FigureSelection
{
    /// <summary>
    /// For a year: that year's figure or gap. Without one: the latest year that has a figure, or,
    /// when the city has only gaps, the latest gap. Nothing at all means "not reported".
    /// </summary>
    public static Observation? Pick(IEnumerable<Observation> totals, int? year)
    {
        var candidates = totals.ToList();
        return year is { } wanted
            ? candidates.Find(o => o.ReferenceYear == wanted)
            : candidates.Where(o => o.Kind != ObservationKind.Gap).MaxBy(o => o.ReferenceYear) ?? candidates.MaxBy(o => o.ReferenceYear);
    }
}
