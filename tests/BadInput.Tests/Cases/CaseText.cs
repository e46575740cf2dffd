using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>The pieces the case tables spoil good requests with.</summary>
public static class CaseText
{
    /// <summary>A BEL in the middle of a name: a control character no text field takes.</summary>
    public const string WithControl = "Tu\u0007nis";

    /// <summary>A bare NUL, which some stores cut a string at.</summary>
    public const string WithNul = "Tunis\0";

    /// <summary>A right-to-left override: "Oujda" U+202E "gnp.exe" shows as "Oujdaexe.png".</summary>
    public const string WithOverride = "Oujda\u202Egnp.exe";

    /// <summary>Tunis in Arabic between a right-to-left isolate and its pop.</summary>
    public const string WithIsolate = "\u2067تونس\u2069";

    /// <summary>A zero-width space: looks like "Tunis", is not.</summary>
    public const string WithZeroWidthSpace = "Tu\u200Bnis";

    /// <summary>Tunis in Arabic with a zero-width joiner inside.</summary>
    public const string WithJoiner = "تو\u200Dنس";

    /// <summary>Tunis in Arabic with a zero-width non-joiner inside.</summary>
    public const string WithNonJoiner = "تو\u200Cنس";

    /// <summary>A byte order mark (zero-width no-break space) in front.</summary>
    public const string WithByteOrderMark = "\uFEFFTunis";

    /// <summary>A word joiner (U+2060) inside.</summary>
    public const string WithWordJoiner = "Tu\u2060nis";

    public const string Blank = "   ";

    /// <summary>Over 4 MB of text, more than any process accepts in one message.</summary>
    public static readonly string HugeText = new('x', (4 * 1024 * 1024) + 1024);

    /// <summary>A text of <paramref name="length"/> characters, one over a field's limit.</summary>
    public static string Long(int length) => new('a', length);

    public static Google.Type.Date Date(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    public static Google.Type.Money Money(string currency, long units, int nanos = 0) => new() { CurrencyCode = currency, Units = units, Nanos = nanos };

    public static Google.Protobuf.WellKnownTypes.FieldMask Mask(params string[] paths) => new() { Paths = { paths } };

    /// <summary>A REST body exactly as given: malformed JSON, enum names the proto does not know.</summary>
    public static StringContent Json(string body) => Calling.RestRequest.Json(body);

    /// <summary>A JSON body whose "?" is sent as the byte 0xFF, which no UTF-8 text contains.</summary>
    public static ByteArrayContent NotUtf8(string body)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>Changes a request built for the case and returns it, so a case fits on one line.</summary>
    public static T With<T>(this T message, Action<T> change)
        where T : IMessage
    {
        change(message);
        return message;
    }

    /// <summary>An RPC of the contracts, by name (a typo fails when the table is first read).</summary>
    public static MethodDescriptor Rpc(ServiceDescriptor service, string name) =>
        service.FindMethodByName(name) ?? throw new ArgumentException($"{service.FullName} has no RPC {name}.", nameof(name));
}
