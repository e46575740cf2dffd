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

    public FieldViolations Add(string field, string description)
    {
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        return this;
    }

    /// <summary>Adds a violation when <paramref name="condition"/> is false.</summary>
    public FieldViolations Check(bool condition, string field, string description) =>
        condition ? this : Add(field, description);

    public bool HasViolationFor(string field) => _violations.Exists(v => v.Field == field);

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new InvalidArgumentException(_violations);
        }
    }
}
