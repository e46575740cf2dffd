namespace Mc2cm.Domain.Errors;

/// <summary>
/// A refusal in the domain's own terms: the rule it breaks and what it is about, for a person
/// and for a program. The services' edge maps each kind to its gRPC status and google.rpc details
/// (AIP-193); the domain does not know how it travels.
/// </summary>
public abstract class DomainException(string message) : Exception(message);
