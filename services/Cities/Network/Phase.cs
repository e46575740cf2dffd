using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;

namespace Mc2cm.Cities.Network;

/// <summary>
/// A phase of the programme, with its dates and budget. Kept by the coordinators; the rules
/// that span phases and cities (no overlap, members inside) are <see cref="PhaseCalendar"/>'s.
/// No other service reads phases, so a change raises no integration event; the version is its etag.
/// </summary>
public sealed class Phase : Aggregate
{
    private readonly List<BudgetLine> _budgetLines = [];

    private Phase()
    {
    }

    public Phase(string id, LocalizedText names, DateOnly startDate, DateOnly? endDate, IEnumerable<BudgetLine> budgetLines)
    {
        Id = id;
        Names = names;
        StartDate = startDate;
        EndDate = endDate;
        _budgetLines.AddRange(budgetLines);
    }

    public string Id { get; private set; } = string.Empty;

    public LocalizedText Names { get; private set; } = LocalizedText.Empty;

    public DateOnly StartDate { get; private set; }

    /// <summary>Last day (the planned one, for a phase described only by its plan); null while no source gives it.</summary>
    public DateOnly? EndDate { get; private set; }

    public IReadOnlyList<BudgetLine> BudgetLines => _budgetLines;

    /// <summary>How a phase is found by its id ("phases/{id}").</summary>
    public static ResourceKind<Phase> Resource { get; } = new("Phase", "phases", id => p => p.Id == id);

    public override string ResourceName => $"phases/{Id}";

    public bool Covers(DateOnly date) => date >= StartDate && (EndDate is null || date <= EndDate);

    /// <summary>Whether the days from <paramref name="start"/> to <paramref name="end"/> (none: open-ended) share one with this phase.</summary>
    public bool Overlaps(DateOnly start, DateOnly? end) => start <= (EndDate ?? DateOnly.MaxValue) && StartDate <= (end ?? DateOnly.MaxValue);

    public void Update(PhaseChanges changes)
    {
        Names = changes.Names?.ApplyTo(Names) ?? Names;
        StartDate = changes.StartDate ?? StartDate;
        EndDate = changes.ClearEndDate ? null : changes.EndDate ?? EndDate;
        Changed();
    }
}
