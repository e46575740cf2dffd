namespace Mc2cm.Domain.Errors;

/// <summary>
/// The request is well formed but the resource is not in a state that allows it (e.g. leaving
/// the network without a membership).
/// </summary>
/// <param name="type">A short upper-case kind of rule, e.g. "MEMBERSHIP".</param>
/// <param name="subject">What the rule is about, e.g. "cities/lisbon".</param>
public sealed class FailedPreconditionException(string type, string subject, string description)
    : DomainException(description)
{
    public string Type { get; } = type;

    public string Subject { get; } = subject;
}
