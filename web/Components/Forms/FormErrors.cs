using Google.Rpc;
using Grpc.Core;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Components.Forms;

/// <summary>
/// What a refused write tells the person who filled the form: the services' field violations
/// (google.rpc.BadRequest, e.g. "priority.text.en") by field, in the page's language
/// (<see cref="ViolationTexts"/>), and what concerns the whole form (a broken rule, no permission). A stale version is its own case (<see cref="IsStale"/>): the page reads
/// the current version again and shows it beside the person's typing (<see cref="StaleNotice"/>).
/// Part of the pattern every form of the portal follows: see docs/portal-forms.md.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<FormMessage>> _byField = new(StringComparer.Ordinal);
    private readonly List<FormMessage> _general = [];

    public bool Any => _byField.Count > 0 || _general.Count > 0 || IsStale;

    /// <summary>Someone changed the resource since the form was filled (ABORTED, a stale etag).</summary>
    public bool IsStale { get; private init; }

    /// <summary>The person's role may not do this (PERMISSION_DENIED): the form is not theirs to send.</summary>
    public bool IsDenied { get; private init; }

    /// <summary>Messages about the form as a whole.</summary>
    public IReadOnlyList<FormMessage> General => _general;

    /// <summary>Every field's messages, in the order the service gave them.</summary>
    public IEnumerable<KeyValuePair<string, List<FormMessage>>> Fields => _byField;

    public IReadOnlyList<FormMessage> For(string field) => _byField.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>Whether <paramref name="field"/> or any field under it ("meeting.title" under "meeting") has a message.</summary>
    public bool HasFor(string field) => _byField.Keys.Any(k => k == field || k.StartsWith(field + ".", StringComparison.Ordinal) || k.StartsWith(field + "[", StringComparison.Ordinal));

    public void Add(string field, FormMessage message)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>
    /// These errors without the fields the page shows elsewhere (<paramref name="shownElsewhere"/>: a
    /// table of a file's rows), and with <paramref name="moved"/>'s messages under another field's input.
    /// </summary>
    public FormErrors Without(Func<string, bool> shownElsewhere, (string From, string To) moved)
    {
        var kept = new FormErrors { IsStale = IsStale, IsDenied = IsDenied };
        kept._general.AddRange(_general);
        foreach (var (field, messages) in _byField.Where(f => !shownElsewhere(f.Key)))
        {
            messages.ForEach(m => kept.Add(field == moved.From ? moved.To : field, m));
        }

        return kept;
    }

    /// <summary>A message about the whole form, in the page's language (the portal's own words).</summary>
    public void AddGeneral(string message, string language) => _general.Add(new FormMessage(message, language));

    /// <summary>
    /// Reads a refusal the person can act on: bad input (by field), a stale version, a rule, a
    /// missing right, something gone. Anything else (the gateway down, a fault) is not the form's
    /// business and returns null, so it goes on to the error page.
    /// </summary>
    /// <param name="labels">The form's labels by field name (as given to <see cref="ErrorSummary"/>), so a
    /// message about another field ("cannot be before the first day") names it as the form does.</param>
    public static FormErrors? From(RpcException refusal, CurrentLanguage language, IReadOnlyDictionary<string, string>? labels = null)
    {
        if (refusal.StatusCode is not (StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.Aborted
            or StatusCode.AlreadyExists or StatusCode.PermissionDenied or StatusCode.NotFound or StatusCode.OutOfRange))
        {
            return null;
        }

        var status = refusal.GetRpcStatus();
        var info = status?.GetDetail<ErrorInfo>();
        var stale = refusal.StatusCode == StatusCode.Aborted || info?.Reason == StaleWriteException.Reason;
        var errors = new FormErrors { IsStale = stale, IsDenied = refusal.StatusCode == StatusCode.PermissionDenied };
        var violations = status?.GetDetail<BadRequest>()?.FieldViolations ?? [];
        // The values the messages need (a limit, the other field) come beside the violations, by field.
        IEnumerable<KeyValuePair<string, string>> parameters = info?.Reason == InvalidArgumentException.Reason ? info.Metadata : [];
        foreach (var violation in violations)
        {
            errors.Add(violation.Field, ViolationTexts.Say(violation, FieldParameters.Of(parameters, violation.Field), language, labels));
        }

        if (errors.IsDenied)
        {
            errors._general.Add(new FormMessage(language[FormTexts.NotAllowed], language.Code));
        }
        else if (violations.Count == 0 && !stale)
        {
            // A rule of the service (a state, a deadline, a capacity): its sentence, in English.
            var detail = refusal.Status.Detail;
            errors._general.Add(string.IsNullOrWhiteSpace(detail)
                ? new FormMessage(refusal.StatusCode.ToString(), "en")
                : new FormMessage(detail, "en"));
        }

        return errors;
    }
}
