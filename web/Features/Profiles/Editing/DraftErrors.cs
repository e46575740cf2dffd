using System.Globalization;
using System.Text.RegularExpressions;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Profiles.Editing;

/// <summary>
/// The services name a list's items by their place in what was sent; the editor puts each message
/// where the person typed it: under the item's row of the form, or under a list typed one item a
/// line, saying the line.
/// </summary>
public static partial class DraftErrors
{
    public static FormErrors ByLine(FormErrors errors, CurrentLanguage language, params string[] lists) =>
        Rewrite(errors, field => Item(field, lists) is { Tail.Length: 0 } at
            ? (at.List, text => $"{language.Format(DraftTexts.Line, at.Index + 1)}: {text}")
            : null);

    /// <summary>
    /// Renames "content.stakeholders[1].name" to the form's row of the second stakeholder sent, for
    /// each list and its rows sent (<see cref="ProfileSectionForm.SentLists"/>), outer lists first.
    /// </summary>
    public static FormErrors ByRow(FormErrors errors, IEnumerable<(string List, IReadOnlyList<int> Rows)> lists)
    {
        foreach (var (list, rows) in lists)
        {
            errors = Rewrite(errors, field => Item(field, [list]) is { } at && at.Index < rows.Count
                ? ($"{list}[{rows[at.Index]}]{at.Tail}", text => text)
                : null);
        }

        return errors;
    }

    /// <summary>The errors with each field <paramref name="rename"/> names moved (and its messages reworded); the same errors when none is.</summary>
    private static FormErrors Rewrite(FormErrors errors, Func<string, (string Field, Func<string, string> Say)?> rename)
    {
        if (errors.IsStale || errors.IsDenied || !errors.Fields.Any(f => rename(f.Key) is not null))
        {
            return errors;
        }

        var rewritten = new FormErrors();
        foreach (var message in errors.General)
        {
            rewritten.AddGeneral(message.Text, message.Language);
        }

        foreach (var (field, messages) in errors.Fields)
        {
            var moved = rename(field);
            foreach (var message in messages)
            {
                rewritten.Add(moved?.Field ?? field, moved is { } to ? message with { Text = to.Say(message.Text) } : message);
            }
        }

        return rewritten;
    }

    /// <summary>The item of one of <paramref name="lists"/> that <paramref name="field"/> names: "gaps[2]", or "stakeholders[1].name" (Tail ".name").</summary>
    private static (string List, int Index, string Tail)? Item(string field, IEnumerable<string> lists)
    {
        foreach (var list in lists)
        {
            if (field.StartsWith(list + "[", StringComparison.Ordinal) && Index().Match(field[list.Length..]) is { Success: true } m)
            {
                return (list, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\[(\d+)\](.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Index();
}
