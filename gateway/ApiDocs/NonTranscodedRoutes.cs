using Mc2cm.Contracts.Common.V1;
using Microsoft.OpenApi;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>
/// What the services serve on REST beside the transcoded RPCs (minimal APIs, not in the protos),
/// described here by hand: Dialogue's iCalendar feed, and the CSV form of three GET routes.
/// </summary>
public static class NonTranscodedRoutes
{
    public const string CalendarPath = "/api/v1/calendar.ics";

    public static readonly IReadOnlyList<string> CsvPaths = ["/api/v1/observations", "/api/v1/indicators/{name}:compare", "/api/v1/indicators/{name}/series"];

    public static void Add(OpenApiDocument document)
    {
        ApiDocumentBuilder.Add(document, CalendarPath, HttpMethod.Get, new OpenApiOperation
        {
            OperationId = "CalendarFeed",
            Summary = "Calendar feed",
            // Public like the meetings it lists: Dialogue maps the feed with AllowAnonymous (Calendar/CalendarFeed.cs).
            Description = "The meetings as an iCalendar feed (RFC 5545) for calendar apps to subscribe to, the latest 500 first.\n\n"
                + BearerAuthentication.Describe(Audience.Anyone),
            Security = BearerAuthentication.For(Audience.Anyone, document),
            Tags = new HashSet<OpenApiTagReference> { new("Meetings", document) },
            Parameters =
            [
                Query("theme", "Only meetings on this theme, \"themes/{theme}\" (the bare id is accepted too)."),
                Query("city", "Only meetings hosted by this city, \"cities/{city}\" (the bare id is accepted too)."),
                Query("lang", "\"en\", \"fr\" or \"ar\" for the titles; by default from Accept-Language."),
            ],
            Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse { Description = "OK", Content = Text("text/calendar") },
                ["default"] = RestOperation.ErrorResponse(document),
            },
        });

        foreach (var path in CsvPaths)
        {
            var operation = document.Paths[path].Operations?[HttpMethod.Get]
                ?? throw new InvalidOperationException($"No GET {path} to add its CSV form to.");
            operation.Responses!["200"].Content!["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            operation.Description += "\n\nWith \"Accept: text/csv\", the same data as CSV (open data, for spreadsheets).";
        }
    }

    private static OpenApiParameter Query(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static Dictionary<string, IOpenApiMediaType> Text(string mediaType) =>
        new() { [mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } };
}
