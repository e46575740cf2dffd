using System.Globalization;
using Google.Rpc;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Domain.Validation;

/// <summary>
/// Collects every bad field of a request, so the caller learns all of them at once; then
/// <see cref="ThrowIfAny"/> refuses the request before anything is stored. Each violation has a
/// <see cref="FieldReason"/>, so clients can say it in their reader's language.
/// </summary>
public sealed class FieldViolations
{
    private readonly List<BadRequest.Types.FieldViolation> _violations = [];
    private readonly Dictionary<string, string> _parameters = new(StringComparer.Ordinal);

    public bool IsEmpty => _violations.Count == 0;

    public IReadOnlyList<BadRequest.Types.FieldViolation> All => _violations;

    /// <summary>The violations' parameters, keyed "{field}:{name}" (<see cref="FieldParameters"/>).</summary>
    public IReadOnlyDictionary<string, string> Parameters => _parameters;

    /// <param name="reason">Why, for programs: one of <see cref="FieldReasons"/>, with its parameters.</param>
    public FieldViolations Add(string field, string description, FieldReason reason)
    {
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description, Reason = reason.Code });
        foreach (var (name, value) in reason.Parameters)
        {
            // A field's first violation keeps its values; the rules add one violation per field.
            _parameters.TryAdd(FieldParameters.Key(field, name), value);
        }

        return this;
    }

    /// <summary>Adds a violation when <paramref name="condition"/> is false.</summary>
    public FieldViolations Check(bool condition, string field, string description, FieldReason reason) =>
        condition ? this : Add(field, description, reason);

    /// <summary>
    /// A proto enum field: a violation when it is unset (<see cref="FieldReasons.Required"/>, unless
    /// optional) or a number the enum does not define (<see cref="FieldReasons.NotAllowed"/>).
    /// </summary>
    public FieldViolations Enum<TEnum>(string field, TEnum value, string description, bool required = true)
        where TEnum : struct, System.Enum
    {
        if (Convert.ToInt64(value, CultureInfo.InvariantCulture) == 0)
        {
            return required ? Add(field, description, FieldReasons.Required) : this;
        }

        return Check(System.Enum.IsDefined(value), field, description, FieldReasons.NotAllowed);
    }

    /// <summary>The field is missing ("is required.", reason <see cref="FieldReasons.Required"/>).</summary>
    public FieldViolations Required(string field) => Add(field, "is required.", FieldReasons.Required);

    /// <summary>Adds <see cref="Required"/> when <paramref name="present"/> is false.</summary>
    public FieldViolations Require(bool present, string field) => present ? this : Required(field);

    public bool HasViolationFor(string field) => _violations.Exists(v => v.Field == field);

    /// <summary>The parameters of <paramref name="field"/>'s violation, by name.</summary>
    public IReadOnlyDictionary<string, string> ParametersOf(string field) => FieldParameters.Of(_parameters, field);

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new InvalidArgumentException(_violations, _parameters);
        }
    }
}
