using Google.Protobuf.Reflection;
using Microsoft.OpenApi;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>
/// The google.protobuf types whose proto3 JSON form is not an object of their fields: timestamps and
/// durations are strings, field masks comma-separated paths, wrappers their (nullable) value.
/// </summary>
public static class WellKnownSchemas
{
    public static OpenApiSchema? For(MessageDescriptor message) => message.FullName switch
    {
        "google.protobuf.Timestamp" => new() { Type = JsonSchemaType.String, Format = "date-time", Description = "RFC 3339, e.g. \"2016-06-01T09:00:00Z\"." },
        "google.protobuf.Duration" => new() { Type = JsonSchemaType.String, Pattern = @"^-?\d+(\.\d{1,9})?s$", Description = "Seconds with an \"s\" suffix, e.g. \"1.5s\"." },
        "google.protobuf.FieldMask" => new() { Type = JsonSchemaType.String, Description = "Comma-separated field paths in lowerCamelCase, e.g. \"displayName,region\"." },
        "google.protobuf.Struct" => new() { Type = JsonSchemaType.Object, AdditionalPropertiesAllowed = true },
        "google.protobuf.Value" => new(),
        "google.protobuf.ListValue" => new() { Type = JsonSchemaType.Array, Items = new OpenApiSchema() },
        "google.protobuf.Empty" => new() { Type = JsonSchemaType.Object },
        "google.protobuf.Any" => new()
        {
            Type = JsonSchemaType.Object,
            Description = "Any message, named by \"@type\", with that message's fields.",
            Properties = new Dictionary<string, IOpenApiSchema> { ["@type"] = new OpenApiSchema { Type = JsonSchemaType.String } },
            AdditionalPropertiesAllowed = true,
        },
        _ when message.File.Name == "google/protobuf/wrappers.proto" => Nullable(Scalar(message.FindFieldByName("value"))),
        _ => null,
    };

    /// <summary>A scalar field's JSON schema: 64-bit integers are strings, bytes base64.</summary>
    public static OpenApiSchema Scalar(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Double => new() { Type = JsonSchemaType.Number, Format = "double" },
        FieldType.Float => new() { Type = JsonSchemaType.Number, Format = "float" },
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => new() { Type = JsonSchemaType.Integer, Format = "int32" },
        FieldType.UInt32 or FieldType.Fixed32 => new() { Type = JsonSchemaType.Integer, Format = "uint32", Minimum = "0" },
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => new() { Type = JsonSchemaType.String, Format = "int64" },
        FieldType.UInt64 or FieldType.Fixed64 => new() { Type = JsonSchemaType.String, Format = "uint64" },
        FieldType.Bool => new() { Type = JsonSchemaType.Boolean },
        FieldType.String => new() { Type = JsonSchemaType.String },
        FieldType.Bytes => new() { Type = JsonSchemaType.String, Format = "byte" },
        _ => throw new ArgumentException($"{field.FullName} is not a scalar field.", nameof(field)),
    };

    /// <summary>Whether the transcoder takes the type from one query-string value (it does for these, even repeated).</summary>
    public static bool IsQueryValue(MessageDescriptor message) =>
        message.File.Name == "google/protobuf/wrappers.proto"
        || message.FullName is "google.protobuf.Timestamp" or "google.protobuf.Duration" or "google.protobuf.FieldMask"
            or "google.protobuf.Struct" or "google.protobuf.ListValue" or "google.protobuf.Value" or "google.protobuf.Any";

    private static OpenApiSchema Nullable(OpenApiSchema schema)
    {
        schema.Type |= JsonSchemaType.Null;
        return schema;
    }
}
