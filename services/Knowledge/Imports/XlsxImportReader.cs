using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mc2cm.Knowledge.Imports;

/// <summary>
/// Reads the first sheet of an Excel workbook (.xlsx): row 1 is the header, the rows below are data.
/// Cells are read as the values the workbook stores, never computed: a cell holding a formula is
/// reported, not evaluated.
/// </summary>
public static class XlsxImportReader
{
    public static ImportTable Read(byte[] content, int maxRows)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new UnreadableImportException("The workbook has no sheets.");
            var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new UnreadableImportException("The workbook has no sheets.");
            var sheet = (WorksheetPart)workbook.GetPartById(firstSheet.Id!.Value!);
            var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var sheetRows = sheet.Worksheet.GetFirstChild<SheetData>()?.Elements<Row>().ToList() ?? [];

            var header = sheetRows.FirstOrDefault(r => RowNumber(r) == 1);
            var columns = header is null ? [] : header.Elements<Cell>().ToDictionary(ColumnOf, c => Text(c, sharedStrings).Trim());
            var rows = new List<ImportTableRow>();
            foreach (var row in sheetRows.Where(r => RowNumber(r) > 1))
            {
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                var formulas = new HashSet<string>(StringComparer.Ordinal);
                foreach (var cell in row.Elements<Cell>())
                {
                    if (!columns.TryGetValue(ColumnOf(cell), out var column) || column.Length == 0)
                    {
                        continue;
                    }

                    if (cell.CellFormula is not null)
                    {
                        formulas.Add(column);
                    }

                    cells[column] = Text(cell, sharedStrings).Trim();
                }

                if (cells.Values.All(string.IsNullOrEmpty) && formulas.Count == 0)
                {
                    continue;
                }

                if (rows.Count == maxRows)
                {
                    throw new ImportTooLargeException();
                }

                rows.Add(new ImportTableRow((int)RowNumber(row), cells, formulas));
            }

            return new ImportTable([.. columns.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value)], rows);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or KeyNotFoundException or ArgumentException)
        {
            throw new UnreadableImportException($"The file is not an Excel workbook (.xlsx) that can be read: {e.Message}");
        }
    }

    private static uint RowNumber(Row row) => row.RowIndex?.Value ?? 0;

    /// <summary>The letters of a cell's reference ("C" of "C12").</summary>
    private static string ColumnOf(Cell cell) => new([.. (cell.CellReference?.Value ?? string.Empty).TakeWhile(char.IsLetter)]);

    /// <summary>The value the workbook stores for the cell, as text; numbers written invariantly.</summary>
    private static string Text(Cell cell, string[] sharedStrings)
    {
        var value = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Length
                ? sharedStrings[index]
                : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return value == "1" ? "true" : "false";
        }

        return value;
    }
}
