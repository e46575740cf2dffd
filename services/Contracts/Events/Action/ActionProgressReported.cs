namespace Mc2cm.Contracts.Events.Action;

/// <summary>A funded action reported progress.</summary>
/// <param name="Status">"not-started", "in-progress", "completed" or "cancelled".</param>
public sealed record ActionProgressReported(
    string ActionId,
    DateOnly ReportedOn,
    string Status,
    int ProgressPercent,
    decimal Disbursed,
    string Currency,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
