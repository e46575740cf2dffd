using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Mc2cm.Gateway.ApiDocs;

namespace Mc2cm.BadInput.Tests.Calling;

/// <summary>
/// The REST/JSON request a client would send for a gRPC request, by the RPC's google.api.http
/// rule: path variables from their fields, the body field (or the whole message) as proto3 JSON,
/// every other set field in the query string. One case table then serves both faces.
/// </summary>
public static partial class RestRequest
{
    public static HttpRequestMessage From(MethodDescriptor method, IMessage request)
    {
        var binding = HttpBinding.Of(method).FirstOrDefault()
            ?? throw new InvalidOperationException($"{method.FullName} has no REST binding.");
        var pathFields = new List<string>();
        var path = Variable().Replace(binding.Template, match =>
        {
            var fieldPath = match.Groups["field"].Value;
            pathFields.Add(fieldPath);
            // Each segment escaped, the slashes of the resource name kept, as a client builds the URL.
            var value = ValueAt(request, fieldPath)?.ToString() ?? string.Empty;
            return string.Join('/', value.Split('/').Select(Uri.EscapeDataString));
        });

        var withoutPath = request.Descriptor.Parser.ParseFrom(request.ToByteString());
        pathFields.ForEach(fieldPath => Clear(withoutPath, fieldPath));
        var query = binding.Body == "*" ? [] : QueryOf(withoutPath, binding.Body);
        var message = new HttpRequestMessage(binding.Verb, path + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query)));
        if (binding.Body == "*")
        {
            message.Content = Json(JsonFormatter.Default.Format(withoutPath));
        }
        else if (binding.Body.Length > 0)
        {
            // An unset body field is an empty JSON body, as a client that has nothing to send posts it.
            var body = withoutPath.Descriptor.FindFieldByName(binding.Body).Accessor.GetValue(withoutPath) as IMessage;
            message.Content = Json(body is null ? string.Empty : JsonFormatter.Default.Format(body));
        }

        return message;
    }

    /// <summary>
    /// Asks for "100 Continue" before sending a body over 1 MB, as curl does: a server that refuses
    /// the body for its size answers before it is sent, instead of closing the connection under it.
    /// </summary>
    public static HttpRequestMessage ExpectingContinueWhenLarge(this HttpRequestMessage message)
    {
        message.Headers.ExpectContinue = message.Content?.Headers.ContentLength > 1024 * 1024 ? true : null;
        return message;
    }

    /// <summary>A body exactly as given (malformed JSON, enum names the proto does not know).</summary>
    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static object? ValueAt(IMessage message, string fieldPath)
    {
        object? value = message;
        foreach (var name in fieldPath.Split('.'))
        {
            if (value is not IMessage current)
            {
                return null;
            }

            value = current.Descriptor.FindFieldByName(name).Accessor.GetValue(current);
        }

        return value;
    }

    private static void Clear(IMessage message, string fieldPath)
    {
        var dot = fieldPath.LastIndexOf('.');
        var owner = dot < 0 ? message : ValueAt(message, fieldPath[..dot]) as IMessage;
        owner?.Descriptor.FindFieldByName(fieldPath[(dot + 1)..]).Accessor.Clear(owner);
    }

    /// <summary>"cityId=lisbon", "updateMask=displayName.fr": the set fields outside the body, as the transcoder reads them.</summary>
    private static List<string> QueryOf(IMessage message, string bodyField)
    {
        var query = new List<string>();
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder().Where(f => f.Name != bodyField))
        {
            var value = field.Accessor.GetValue(message);
            var items = field.IsRepeated ? ((System.Collections.IEnumerable)value).Cast<object>() : [value];
            foreach (var item in items.Where(i => !IsDefault(i)))
            {
                query.Add($"{field.JsonName}={Uri.EscapeDataString(QueryValue(item))}");
            }
        }

        return query;
    }

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        IMessage m => m.CalculateSize() == 0,
        _ => value.Equals(Activator.CreateInstance(value.GetType())),
    };

    /// <summary>The proto3 JSON form of a value, unquoted: a FieldMask becomes "a.b,c".</summary>
    private static string QueryValue(object value)
    {
        var json = value is IMessage message ? JsonFormatter.Default.Format(message) : JsonSerializer.Serialize(value);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString()! : json;
    }

    [GeneratedRegex(@"\{(?<field>[A-Za-z0-9_.]+)(=[^}]*)?\}")]
    private static partial Regex Variable();
}
