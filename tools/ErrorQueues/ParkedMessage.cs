using System.Collections;
using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace Mc2cm.ErrorQueues;

/// <summary>A message parked in an _error queue, as the tool shows it: its id, its headers (MassTransit's fault headers among them) and its body.</summary>
public sealed record ParkedMessage(string? MessageId, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    public static ParkedMessage From(BasicGetResult delivery)
    {
        var headers = (delivery.BasicProperties.Headers ?? new Dictionary<string, object?>())
            .Select(h => KeyValuePair.Create(h.Key, Text(h.Value)))
            .ToList();
        return new ParkedMessage(delivery.BasicProperties.MessageId, headers, Encoding.UTF8.GetString(delivery.Body.Span));
    }

    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key == name).Value;

    /// <summary>One line: the id and why it was parked.</summary>
    public string Summary() => $"{MessageId ?? "(no id)"}: {Header("MT-Fault-ExceptionType")}: {Header("MT-Fault-Message")}";

    /// <summary>Everything: the id, every header, the body.</summary>
    public string Describe()
    {
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"message {MessageId ?? "(no id)"}");
        foreach (var (name, value) in Headers)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {name}: {value}");
        }

        return text.AppendLine(CultureInfo.InvariantCulture, $"  body: {Body}").ToString();
    }

    // RabbitMQ.Client hands AMQP strings over as bytes.
    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        AmqpTimestamp timestamp => DateTimeOffset.FromUnixTimeSeconds(timestamp.UnixTime).ToString("O", CultureInfo.InvariantCulture),
        IDictionary table => "{" + string.Join(", ", table.Keys.Cast<object>().Select(k => $"{k}={Text(table[k])}")) + "}",
        IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
