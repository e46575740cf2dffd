namespace Mc2cm.ServiceDefaults.Api;

/// <summary>What a CSV column holds, which decides how its cells are written.</summary>
public enum CsvColumnKind
{
    /// <summary>Text, escaped when it starts like a spreadsheet formula.</summary>
    Text,

    /// <summary>Numbers only (or nothing), written as numbers and never escaped: -3.5 is a figure, not a formula.</summary>
    Number,
}

/// <summary>A column of a CSV export: its header and what it holds.</summary>
public sealed record CsvColumn(string Name, CsvColumnKind Kind)
{
    public static CsvColumn Text(string name) => new(name, CsvColumnKind.Text);

    public static CsvColumn Number(string name) => new(name, CsvColumnKind.Number);
}
