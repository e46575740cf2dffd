using System.Globalization;
using System.Text.RegularExpressions;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Profiles.Editing;

/// <summary>A list typed one item a line has one input: the services' messages about its items go under it, each saying its line.</summary>
public static partial class DraftErrors
{
    public static FormErrors ByLine(FormErrors errors, CurrentLanguage language, params string[] lists)
    {
        if (errors.IsStale || errors.IsDenied || !errors.Fields.Any(f => Item(f.Key, lists) is not null))
        {
            return errors;
        }

        var folded = new FormErrors();
        foreach (var message in errors.General)
        {
            folded.AddGeneral(message.Text, message.Language);
        }

        foreach (var (field, messages) in errors.Fields)
        {
            var item = Item(field, lists);
            foreach (var message in messages)
            {
                folded.Add(item?.List ?? field, item is { } at
                    ? message with { Text = $"{language.Format(DraftTexts.Line, at.Index + 1)}: {message.Text}" }
                    : message);
            }
        }

        return folded;
    }

    private static (string List, int Index)? Item(string field, string[] lists)
    {
        foreach (var list in lists)
        {
            if (field.StartsWith(list + "[", StringComparison.Ordinal) && Index().Match(field[list.Length..]) is { Success: true } m)
            {
                return (list, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\[(\d+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Index();
}
