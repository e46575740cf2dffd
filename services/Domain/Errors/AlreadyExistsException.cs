namespace Mc2cm.Domain.Errors;

/// <summary>A resource with that name exists already.</summary>
public sealed class AlreadyExistsException(string resourceType, string resourceName)
    : DomainException($"{resourceType} '{resourceName}' already exists.")
{
    public string ResourceType { get; } = resourceType;

    public string ResourceName { get; } = resourceName;
}
