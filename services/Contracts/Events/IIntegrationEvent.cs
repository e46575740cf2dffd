namespace Mc2cm.Contracts.Events;

/// <summary>
/// A fact that one service tells the others, named in the past tense. Events carry ids and
/// public facts only: never personal data.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>When the fact happened, in UTC.</summary>
    DateTimeOffset OccurredAt { get; }
}
