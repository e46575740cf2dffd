using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mc2cm.Domain.Validation;

namespace Mc2cm.ServiceDefaults.Api;

/// <summary>
/// AIP-158 paging. A page token is opaque to clients; it holds the offset of the next page and a
/// fingerprint of the filters it was issued for, so a token reused with other filters is refused.
/// </summary>
public sealed record PageRequest(int Offset, int Size, string Fingerprint)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 100;

    /// <summary>Reads page_size and page_token; adds violations for bad ones.</summary>
    /// <param name="filters">Every request field that shapes the result, in a fixed order.</param>
    public static PageRequest Read(FieldViolations violations, int pageSize, string? pageToken, params object?[] filters)
    {
        var fingerprint = ComputeFingerprint(filters);
        violations.Check(pageSize is >= 0 and <= MaxSize, "page_size", $"must be from 0 to {MaxSize} (0 means {DefaultSize}).", FieldReason.Range(0, MaxSize));
        var size = pageSize is > 0 and <= MaxSize ? pageSize : DefaultSize;
        if (string.IsNullOrEmpty(pageToken))
        {
            return new PageRequest(0, size, fingerprint);
        }

        if (!TryDecode(pageToken, out var offset, out var tokenFingerprint) || tokenFingerprint != fingerprint)
        {
            violations.Add("page_token", "is not a token this list issued for these filters; start again without page_token.", FieldReasons.InvalidFormat);
            return new PageRequest(0, size, fingerprint);
        }

        return new PageRequest(offset, size, fingerprint);
    }

    /// <summary>The token for the page after this one, or "" when this page is the last.</summary>
    public string NextToken(int totalSize)
    {
        var next = Offset + Size;
        return next >= totalSize ? string.Empty : Encode(next, Fingerprint);
    }

    private static string ComputeFingerprint(object?[] filters)
    {
        var text = string.Join('\u001f', filters.Select(f => Convert.ToString(f, CultureInfo.InvariantCulture)));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }

    private static string Encode(int offset, string fingerprint) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{offset.ToString(CultureInfo.InvariantCulture)}:{fingerprint}"));

    private static bool TryDecode(string token, out int offset, out string fingerprint)
    {
        offset = 0;
        fingerprint = string.Empty;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            {
                return false;
            }

            fingerprint = parts[1];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
