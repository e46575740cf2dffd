using System.Globalization;
using System.Text;

namespace Mc2cm.ServiceDefaults.Api;

/// <summary>
/// Writes RFC 4180 CSV: a header row, then one row per record, fields quoted when they hold a
/// comma, quote or line break. Columns come in the order given, always: consumers rely on it.
/// </summary>
public sealed class CsvWriter(IReadOnlyList<string> columns)
{
    private readonly StringBuilder _text = new StringBuilder().AppendJoin(',', columns.Select(Quote)).Append("\r\n");

    public CsvWriter Row(params object?[] fields)
    {
        if (fields.Length != columns.Count)
        {
            throw new ArgumentException($"Expected {columns.Count} fields, got {fields.Length}.", nameof(fields));
        }

        _text.AppendJoin(',', fields.Select(f => Quote(Format(f)))).Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    private static string Format(object? field) => field switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => field.ToString() ?? string.Empty,
    };

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
