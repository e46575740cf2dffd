namespace Mc2cm.Domain.Errors;

/// <summary>The named resource does not exist.</summary>
public sealed class NotFoundException(string resourceType, string resourceName)
    : DomainException($"{resourceType} '{resourceName}' was not found.")
{
    /// <summary>What kind of resource, for a person: "City", "Funded action".</summary>
    public string ResourceType { get; } = resourceType;

    /// <summary>Its name, e.g. "cities/lisbon".</summary>
    public string ResourceName { get; } = resourceName;
}
