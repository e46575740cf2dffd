using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Imports;

/// <summary>What a file is, by its name's extension.</summary>
public enum ImportFormat
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>A checked import request: the city, the file and what to do with it.</summary>
public sealed record ObservationImportInput(string CityId, string FileName, ImportFormat Format, byte[] Content, bool ValidateOnly, string Reason)
{
    public static ObservationImportInput Read(Proto.ImportObservationsRequest request) =>
        Read(request.City, request.FileName, request.Content.ToByteArray(), request.ValidateOnly, request.Reason);

    public static ObservationImportInput Read(string city, string fileName, byte[] content, bool validateOnly, string reason)
    {
        var violations = new FieldViolations();
        var cityId = violations.ReadId("city", city, "cities");
        violations.RequiredText("file_name", fileName, 255);
        var format = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => ImportFormat.Csv,
            ".xlsx" => ImportFormat.Xlsx,
            _ => (ImportFormat?)null,
        };
        if (fileName.Length > 0)
        {
            violations.Check(format is not null, "file_name", "must end in .csv or .xlsx: the extension says the file's format.", FieldReasons.NotAllowed);
        }

        violations.Require(content.Length > 0, "content");
        CheckSize(violations, content.Length);
        violations.OptionalText("reason", reason, 500);
        violations.ThrowIfAny();
        return new ObservationImportInput(cityId!, fileName, format!.Value, content, validateOnly,
            reason.Length > 0 ? reason : $"Imported from {Path.GetFileName(fileName)}");
    }

    /// <summary>Refuses a file over the limit by its size alone, before it is read (an upload says its length).</summary>
    public static void EnsureSize(long length) => CheckSize(new FieldViolations(), length).ThrowIfAny();

    private static FieldViolations CheckSize(FieldViolations violations, long length) =>
        violations.Check(length <= ObservationImportLimits.MaxBytes, "content",
            $"is {length} bytes; a file may have at most {ObservationImportLimits.MaxBytes} ({ObservationImportLimits.MaxBytes / 1024 / 1024} MB).",
            FieldReason.Range(1, ObservationImportLimits.MaxBytes));
}
