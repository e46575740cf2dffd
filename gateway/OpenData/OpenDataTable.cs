using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Security;

namespace Mc2cm.Gateway.OpenData;

/// <summary>
/// One CSV file of the open data: every field of a contract's message as a column, named by its
/// path ("display_name.fr"), so a new field of the API appears in the files by itself. Texts go
/// through the suite's one CSV writer (formula-looking cells escaped); numbers stay numbers.
/// </summary>
public sealed class OpenDataTable
{
    private const int MaxDepth = 2;

    private readonly List<(string Name, FieldDescriptor[] Path)> _columns;
    private readonly CsvWriter _csv;

    public OpenDataTable(string fileName, string description, MessageDescriptor message)
    {
        FileName = fileName;
        Description = description;
        _columns = [.. Columns(message, [], 0)];
        _csv = new CsvWriter([.. _columns.Select(c => IsNumber(c.Path[^1]) ? CsvColumn.Number(c.Name) : CsvColumn.Text(c.Name))]);
    }

    public string FileName { get; }

    public string Description { get; }

    public IEnumerable<string> ColumnNames => _columns.Select(c => c.Name);

    public int RowCount { get; private set; }

    /// <summary>Adds a row; personal data is cleared first, whatever the service answered.</summary>
    public void Add<T>(T item)
        where T : IMessage<T>
    {
        var shown = item.Clone().WithoutPersonalData();
        _csv.Row([.. _columns.Select(c => Value(shown, c.Path))]);
        RowCount++;
    }

    public byte[] ToUtf8() => _csv.ToUtf8();

    private static IEnumerable<(string, FieldDescriptor[])> Columns(MessageDescriptor message, FieldDescriptor[] parent, int depth)
    {
        foreach (var field in message.Fields.InDeclarationOrder())
        {
            FieldDescriptor[] path = [.. parent, field];
            if (!field.IsRepeated && field.FieldType == FieldType.Message && !IsValue(field.MessageType) && depth < MaxDepth)
            {
                foreach (var column in Columns(field.MessageType, path, depth + 1))
                {
                    yield return column;
                }
            }
            else
            {
                yield return (string.Join('.', path.Select(f => f.Name)), path);
            }
        }
    }

    /// <summary>Messages written in one cell: times, dates, amounts, places.</summary>
    private static bool IsValue(MessageDescriptor message) =>
        message.FullName is "google.protobuf.Timestamp" or "google.type.Date" or "google.type.Money" or "google.type.LatLng";

    private static bool IsNumber(FieldDescriptor field) => !field.IsRepeated && field.FieldType is
        FieldType.Double or FieldType.Float or FieldType.Int32 or FieldType.Int64 or FieldType.UInt32 or FieldType.UInt64
        or FieldType.SInt32 or FieldType.SInt64 or FieldType.Fixed32 or FieldType.Fixed64 or FieldType.SFixed32 or FieldType.SFixed64;

    private static object? Value(IMessage message, FieldDescriptor[] path)
    {
        object? value = message;
        foreach (var field in path)
        {
            if (value is not IMessage current)
            {
                return null;
            }

            // An unset message field or oneof member leaves its cells empty rather than showing defaults.
            if (!field.IsRepeated && (field.FieldType == FieldType.Message || field.RealContainingOneof is not null) && !field.Accessor.HasValue(current))
            {
                return null;
            }

            value = field.Accessor.GetValue(current);
        }

        return Cell(value);
    }

    private static object? Cell(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        System.Enum choice => OriginalName(choice),
        Timestamp time => time.ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Google.Type.Date date => $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}",
        Google.Type.Money money => $"{(money.Units + (money.Nanos / 1e9m)).ToString(CultureInfo.InvariantCulture)} {money.CurrencyCode}",
        Google.Type.LatLng place => $"{place.Latitude.ToString(CultureInfo.InvariantCulture)},{place.Longitude.ToString(CultureInfo.InvariantCulture)}",
        IMessage inner => JsonFormatter.Default.Format(inner),
        System.Collections.IEnumerable many => string.Join("; ", many.Cast<object?>().Select(Cell).Select(c => Convert.ToString(c, CultureInfo.InvariantCulture))),
        _ => value,
    };

    /// <summary>An enum value as the proto names it ("REGION_EUROPE"), as the REST face writes it.</summary>
    private static string OriginalName(System.Enum choice) =>
        choice.GetType().GetField(choice.ToString())?.GetCustomAttributes(typeof(OriginalNameAttribute), false)
            .OfType<OriginalNameAttribute>().FirstOrDefault()?.Name ?? choice.ToString();
}
