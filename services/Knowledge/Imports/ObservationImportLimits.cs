namespace Mc2cm.Knowledge.Imports;

/// <summary>How big an import may be: one city's figures fit many times over.</summary>
public static class ObservationImportLimits
{
    /// <summary>The file's size, below the 4 MB a request may have at the gateway (base64 in JSON grows it by a third).</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Data rows in one file.</summary>
    public const int MaxRows = 5_000;
}

/// <summary>A file with more rows than <see cref="ObservationImportLimits.MaxRows"/>.</summary>
public sealed class ImportTooLargeException() : Exception($"The file has more than {ObservationImportLimits.MaxRows} rows.");
