using Mc2cm.Domain.Validation;
using Proto = Mc2cm.Contracts.Common.V1;

namespace Mc2cm.BuildingBlocks.Localization;

/// <summary>Reads and writes <see cref="LocalizedText"/> as mc2cm.common.v1.LocalizedText.</summary>
public static class LocalizedTextMapping
{
    public static Proto.LocalizedText ToProto(this LocalizedText text) => new() { En = text.En, Fr = text.Fr, Ar = text.Ar };

    /// <summary>All versions when <paramref name="language"/> is null; else only the one the reader gets, with its language.</summary>
    public static Proto.LocalizedText ToProto(this LocalizedText text, string? language)
    {
        if (language is null)
        {
            return text.ToProto();
        }

        var (value, actual) = text.In(language);
        return new Proto.LocalizedText { Text = value, Language = value.Length > 0 ? actual : string.Empty };
    }

    /// <summary>
    /// Checks a localized text field: English required (when <paramref name="required"/>), each
    /// version at most <paramref name="maxLength"/> characters without control characters.
    /// </summary>
    public static LocalizedText ReadLocalizedText(
        this FieldViolations violations, string field, Proto.LocalizedText? text, int maxLength, bool required = true, bool multiline = false)
    {
        if (required)
        {
            violations.RequiredText($"{field}.en", text?.En, maxLength, multiline);
        }
        else
        {
            violations.OptionalText($"{field}.en", text?.En, maxLength, multiline);
        }

        violations.OptionalText($"{field}.fr", text?.Fr, maxLength, multiline);
        violations.OptionalText($"{field}.ar", text?.Ar, maxLength, multiline);
        return text is null ? LocalizedText.Empty : new LocalizedText(text.En, text.Fr, text.Ar);
    }
}
