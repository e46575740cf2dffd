using Google.Rpc;
using Mc2cm.Domain.Validation;

namespace Mc2cm.Domain.Errors;

/// <summary>
/// Field rules broken (bad input, or a change the resource's rules refuse): one violation per bad
/// field, its reason one of <see cref="FieldReasons"/>, and the values the violations' messages
/// need (<see cref="FieldParameters"/>).
/// </summary>
public sealed class InvalidArgumentException(
    IReadOnlyList<BadRequest.Types.FieldViolation> violations, IReadOnlyDictionary<string, string>? parameters = null)
    : DomainException(Describe(violations))
{
    /// <summary>The reason a program reads (google.rpc.ErrorInfo on the wire).</summary>
    public const string Reason = "INVALID_FIELDS";

    /// <summary>One bad field.</summary>
    public InvalidArgumentException(string field, string description, FieldReason reason)
        : this(new FieldViolations().Add(field, description, reason))
    {
    }

    private InvalidArgumentException(FieldViolations violations)
        : this(violations.All, violations.Parameters)
    {
    }

    public IReadOnlyList<BadRequest.Types.FieldViolation> Violations { get; } = violations;

    /// <summary>The violations' parameters, keyed "{field}:{name}".</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters ?? new Dictionary<string, string>();

    /// <summary>The parameters of <paramref name="field"/>'s violation, by name.</summary>
    public IReadOnlyDictionary<string, string> ParametersOf(string field) => FieldParameters.Of(Parameters, field);

    private static string Describe(IReadOnlyList<BadRequest.Types.FieldViolation> violations) =>
        "Invalid request. " + string.Join(" ", violations.Select(v => $"{v.Field}: {v.Description}"));
}
