using System.Globalization;
using Grpc.Core;
using Mc2cm.Domain.Validation;
using Microsoft.Net.Http.Headers;

namespace Mc2cm.BuildingBlocks.Localization;

/// <summary>
/// The language a reader asks for: the request's language field (?lang= on the REST face), else
/// the Accept-Language header (HTTP or gRPC metadata), else none (all versions are returned).
/// </summary>
public static class ReaderLanguage
{
    /// <summary>"en", "fr", "ar" or null; a language field that is not one of them is a violation.</summary>
    public static string? Read(FieldViolations violations, string field, string? requested, ServerCallContext context) =>
        Read(violations, field, requested, context.RequestHeaders.GetValue("accept-language"));

    /// <inheritdoc cref="Read(FieldViolations, string, string?, ServerCallContext)"/>
    public static string? Read(FieldViolations violations, string field, string? requested, string? acceptLanguage)
    {
        if (!string.IsNullOrEmpty(requested))
        {
            var language = requested.ToLowerInvariant();
            violations.Check(LocalizedText.Languages.Contains(language), field, "must be \"en\", \"fr\" or \"ar\".", FieldReasons.NotAllowed);
            return LocalizedText.Languages.Contains(language) ? language : null;
        }

        return FromAcceptLanguage(acceptLanguage);
    }

    /// <summary>The first of en/fr/ar in an Accept-Language header, by quality ("fr-FR;q=0.9, en;q=0.5" → "fr").</summary>
    public static string? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var values))
        {
            return null;
        }

        return values
            .OrderByDescending(v => v.Quality ?? 1)
            .Select(v => v.Value.Value?.Split('-')[0].ToLower(CultureInfo.InvariantCulture))
            .FirstOrDefault(l => l is not null && LocalizedText.Languages.Contains(l));
    }
}
