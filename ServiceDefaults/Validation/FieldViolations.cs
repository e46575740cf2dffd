using Google.Rpc;
using Mc2cm.ServiceDefaults.Errors;

namespace Mc2cm.ServiceDefaults.Validation;

/// <summary>
/// Collects every bad field of a request, so the caller learns all of them at once; then
/// <see cref="ThrowIfAny"/> refuses the request before anything is stored.
/// </summary>
public sealed class FieldViolations
{
    private readonly List<BadRequest.Types.FieldViolation> _violations = [];

    public bool IsEmpty => _violations.Count == 0;

    public IReadOnlyList<BadRequest.Types.FieldViolation> All => _violations;

    public FieldViolations Add(string field, string description) => Add(field, description, reason: null);

    /// <param name="reason">One of <see cref="FieldReasons"/> when the rule is a shared one, so clients can translate it.</param>
    public FieldViolations Add(string field, string description, string? reason)
    {
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description, Reason = reason ?? string.Empty });
        return this;
    }

    /// <summary>Adds a violation when <paramref name="condition"/> is false.</summary>
    public FieldViolations Check(bool condition, string field, string description, string? reason = null) =>
        condition ? this : Add(field, description, reason);

    /// <summary>The field is missing ("is required.", reason <see cref="FieldReasons.Required"/>).</summary>
    public FieldViolations Required(string field) => Add(field, "is required.", FieldReasons.Required);

    /// <summary>Adds <see cref="Required"/> when <paramref name="present"/> is false.</summary>
    public FieldViolations Require(bool present, string field) => present ? this : Required(field);

    public bool HasViolationFor(string field) => _violations.Exists(v => v.Field == field);

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new InvalidArgumentException(_violations);
        }
    }
}
