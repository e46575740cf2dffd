using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.ServiceDefaults.Validation;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>
/// Bad input: InvalidArgument (HTTP 400) with one field violation per bad field (its reason one of
/// <see cref="FieldReasons"/>), and a google.rpc.ErrorInfo whose metadata holds the values the
/// violations' messages need (<see cref="FieldParameters"/>).
/// </summary>
public sealed class InvalidArgumentException(
    IReadOnlyList<BadRequest.Types.FieldViolation> violations, IReadOnlyDictionary<string, string>? parameters = null)
    : ApiException(Describe(violations))
{
    /// <summary>The ErrorInfo reason of bad input.</summary>
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

    public override StatusCode Code => StatusCode.InvalidArgument;

    protected override IEnumerable<IMessage> Details
    {
        get
        {
            var info = new ErrorInfo { Reason = Reason, Domain = ErrorDomain.Name };
            foreach (var (key, value) in Parameters)
            {
                info.Metadata[key] = value;
            }

            return [new BadRequest { FieldViolations = { Violations } }, info];
        }
    }

    /// <summary>The parameters of <paramref name="field"/>'s violation, by name.</summary>
    public IReadOnlyDictionary<string, string> ParametersOf(string field) => FieldParameters.Of(Parameters, field);

    private static string Describe(IReadOnlyList<BadRequest.Types.FieldViolation> violations) =>
        "Invalid request. " + string.Join(" ", violations.Select(v => $"{v.Field}: {v.Description}"));
}
