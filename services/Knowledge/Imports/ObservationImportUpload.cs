using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;

namespace Mc2cm.Knowledge.Imports;

/// <summary>
/// POST /api/v1/observations:import as multipart/form-data ("file", "city", "validateOnly",
/// "reason"): the same import as the gRPC method, for a file sent as a browser or curl sends one.
/// A JSON body on the same path is the transcoded gRPC method (the file in base64).
/// </summary>
public static class ObservationImportUpload
{
    public const string Path = "/api/v1/observations:import";

    public static void MapObservationImportUpload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, async (
                [FromForm] IFormFile? file, [FromForm] string? city, [FromForm] bool? validateOnly, [FromForm] string? reason,
                HttpContext http, ObservationImporter importer, CancellationToken cancellationToken) =>
            {
                var content = await ReadAsync(file, cancellationToken);
                var input = ObservationImportInput.Read(city ?? string.Empty, file?.FileName ?? string.Empty, content, validateOnly ?? false, reason ?? string.Empty);
                var report = await importer.ImportAsync(input, http.User, cancellationToken);
                return Results.Content(Google.Protobuf.JsonFormatter.Default.Format(report), "application/json; charset=utf-8");
            })
            .Accepts<IFormFile>("multipart/form-data")
            // Before the transcoded method on the same path, which takes the JSON bodies.
            .WithOrder(-1)
            // A bearer token, not a cookie, says who calls: no cross-site form can carry it.
            .DisableAntiforgery()
            .RequireAuthorization(Policies.CityStaff)
            .AddEndpointFilter<ApiErrorResponses.Filter>();

    /// <summary>The file's bytes; a file over the limit is refused by its length, without being read.</summary>
    private static async Task<byte[]> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return [];
        }

        ObservationImportInput.EnsureSize(file.Length);

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
