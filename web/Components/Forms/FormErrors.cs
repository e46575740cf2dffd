using Google.Rpc;
using Grpc.Core;

namespace Mc2cm.Web.Components.Forms;

/// <summary>
/// What a refused write tells the person who filled the form: the services' field violations
/// (google.rpc.BadRequest, e.g. "priority.text.en") by field, and what concerns the whole form
/// (a stale version, a broken rule, no permission). Part of the pattern every form of the portal
/// follows: a plain POST form with antiforgery, the gateway call with the person's token, and on
/// refusal the same form again with <see cref="ErrorSummary"/> on top and <see cref="FieldError"/>
/// beside each field; the services stay the judges of every rule.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);
    private readonly List<string> _general = [];

    public bool Any => _byField.Count > 0 || _general.Count > 0;

    /// <summary>Messages about the form as a whole.</summary>
    public IReadOnlyList<string> General => _general;

    /// <summary>Every field's messages, in the order the service gave them.</summary>
    public IEnumerable<KeyValuePair<string, List<string>>> Fields => _byField;

    public IReadOnlyList<string> For(string field) => _byField.TryGetValue(field, out var messages) ? messages : [];

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>
    /// Reads a refusal the person can act on: bad input (by field), a stale version, a rule, a
    /// missing right. Anything else (the gateway down, a fault) is not the form's business and
    /// returns null, so it goes on to the error page.
    /// </summary>
    public static FormErrors? From(RpcException refusal)
    {
        if (refusal.StatusCode is not (StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.Aborted
            or StatusCode.AlreadyExists or StatusCode.PermissionDenied or StatusCode.NotFound))
        {
            return null;
        }

        var errors = new FormErrors();
        var status = refusal.GetRpcStatus();
        var violations = status?.GetDetail<BadRequest>()?.FieldViolations ?? [];
        foreach (var violation in violations)
        {
            errors.Add(violation.Field, violation.Description);
        }

        if (violations.Count == 0)
        {
            errors._general.Add(string.IsNullOrWhiteSpace(refusal.Status.Detail) ? refusal.StatusCode.ToString() : refusal.Status.Detail);
        }

        return errors;
    }
}
