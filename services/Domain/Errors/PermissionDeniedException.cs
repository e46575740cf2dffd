namespace Mc2cm.Domain.Errors;

/// <summary>The caller is known but may not do this (e.g. write another city's data).</summary>
/// <param name="reason">A short upper-case kind of refusal, e.g. "CITY_ACCESS".</param>
/// <param name="resource">The resource refused, e.g. "cities/lisbon".</param>
public sealed class PermissionDeniedException(string reason, string resource, string message) : DomainException(message)
{
    public string Reason { get; } = reason;

    public string Resource { get; } = resource;
}
