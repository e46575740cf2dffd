using Mc2cm.BuildingBlocks.Localization;

namespace Mc2cm.Cities.Network;

/// <summary>A phase of the programme, with its dates and budget.</summary>
public sealed class Phase
{
    private readonly List<BudgetLine> _budgetLines = [];

    private Phase()
    {
    }

    public Phase(string id, LocalizedText names, DateOnly startDate, DateOnly endDate, IEnumerable<BudgetLine> budgetLines)
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

    /// <summary>Last day (the planned one, for a phase described only by its plan).</summary>
    public DateOnly EndDate { get; private set; }

    public IReadOnlyList<BudgetLine> BudgetLines => _budgetLines;

    public string ResourceName => $"phases/{Id}";

    public bool Covers(DateOnly date) => date >= StartDate && date <= EndDate;
}
