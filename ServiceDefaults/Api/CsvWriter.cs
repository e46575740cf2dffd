using System.Buffers;
using System.Globalization;
using System.Text;
using global::CsvHelper;

namespace Mc2cm.ServiceDefaults.Api;

/// <summary>
/// The one writer of every CSV export (CsvHelper): RFC 4180, a header row, then one row per record,
/// columns in the order given, always: consumers rely on it. Safe to open in a spreadsheet: a text
/// cell that starts like a formula (=, +, -, @, tab or CR, as OWASP lists them) is written with a
/// leading apostrophe and quoted, so the spreadsheet shows it as text and never runs it. A number
/// column takes numbers only and writes them as numbers, never escaped: -3.5 stays a figure.
/// </summary>
public sealed class CsvWriter(IReadOnlyList<CsvColumn> columns)
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>The first characters that make a spreadsheet read a cell as a formula (OWASP's list).</summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    private readonly List<object?[]> _rows = [];

    public CsvWriter Row(params object?[] fields)
    {
        if (fields.Length != columns.Count)
        {
            throw new ArgumentException($"Expected {columns.Count} fields, got {fields.Length}.", nameof(fields));
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (columns[i].Kind == CsvColumnKind.Number && fields[i] is not (null or sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal))
            {
                throw new ArgumentException($"Column '{columns[i].Name}' holds numbers, not {fields[i]!.GetType().Name}.", nameof(fields));
            }
        }

        _rows.Add(fields);
        return this;
    }

    /// <summary>The file, UTF-8 without a byte order mark.</summary>
    public byte[] ToUtf8()
    {
        using var stream = new MemoryStream();
        using (var csv = global::CsvHelper.CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. columns.Select(c => c.Name)]);
            foreach (var row in _rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    if (columns[i].Kind == CsvColumnKind.Number)
                    {
                        // A number, which CsvHelper formats itself (invariant culture) and never takes for a formula.
                        csv.WriteField(row[i]);
                    }
                    else
                    {
                        // Text whatever its source (an enum, a number in a text column): escaped if it starts like a formula.
                        csv.WriteField(Text(row[i]));
                    }
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    public override string ToString() => Encoding.UTF8.GetString(ToUtf8());

    /// <summary>
    /// The text a cell of such a file stands for: the apostrophe this writer put before a text that starts
    /// like a formula is taken off again, so an export read back (an import) gets the text that was exported.
    /// </summary>
    public static string Unescape(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;

    private static string? Text(object? field) => field switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => field.ToString(),
    };
}
