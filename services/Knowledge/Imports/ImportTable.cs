namespace Mc2cm.Knowledge.Imports;

/// <summary>A file's rows as texts by column name, before any rule is applied.</summary>
/// <param name="Columns">The header's column names, in file order.</param>
/// <param name="Rows">The data rows, in file order.</param>
public sealed record ImportTable(IReadOnlyList<string> Columns, IReadOnlyList<ImportTableRow> Rows);

/// <summary>One data row.</summary>
/// <param name="Number">Its number in the file, the header being row 1.</param>
/// <param name="Cells">Its texts by column name; a missing or empty cell is an empty text.</param>
/// <param name="Formulas">The columns whose cell holds a formula (a workbook's); the import takes values only.</param>
public sealed record ImportTableRow(int Number, IReadOnlyDictionary<string, string> Cells, IReadOnlySet<string> Formulas)
{
    public string this[string column] => Cells.TryGetValue(column, out var text) ? text : string.Empty;
}

/// <summary>A file that cannot be read as a table at all; the message says why.</summary>
public sealed class UnreadableImportException(string message) : Exception(message);
