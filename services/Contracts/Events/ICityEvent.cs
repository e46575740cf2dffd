namespace Mc2cm.Contracts.Events;

/// <summary>An event about one city. A consumer refuses one that names no city (see the inbox).</summary>
public interface ICityEvent : IIntegrationEvent
{
    /// <summary>The city's slug, e.g. "tunis".</summary>
    string CityId { get; }
}
