using CsvHelper;

namespace Mc2cm.Knowledge.Imports;

/// <summary>Reads a CSV file (RFC 4180, UTF-8, a header row) as the observations' export writes it.</summary>
public static class CsvImportReader
{
    public static ImportTable Read(byte[] content, int maxRows)
    {
        try
        {
            using var csv = CsvReader.Create(content, CsvReaderOptions.Default);
            var columns = csv.Headers.Select(h => h.Trim()).ToArray();
            var rows = new List<ImportTableRow>();
            while (csv.Read())
            {
                if (rows.Count == maxRows)
                {
                    throw new ImportTooLargeException();
                }

                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < Math.Min(csv.FieldCount, columns.Length); i++)
                {
                    // The export escapes a text that starts like a formula with an apostrophe: read back, it is the text again.
                    cells[columns[i]] = Mc2cm.ServiceDefaults.Api.CsvWriter.Unescape(csv.GetString(i).Trim());
                }

                rows.Add(new ImportTableRow((int)csv.RowNumber + 1, cells, new HashSet<string>()));
            }

            return new ImportTable(columns, rows);
        }
        catch (CsvFormatException e)
        {
            throw new UnreadableImportException($"The file is not a CSV file that can be read: {e.Message}");
        }
    }
}
