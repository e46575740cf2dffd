using System.Text.Json.Nodes;
using Google.Api;
using Google.Protobuf.Reflection;
using Microsoft.OpenApi;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>
/// JSON schemas of proto messages and enums in their proto3 JSON form (lowerCamelCase names, enums
/// as their value names), each message and enum a component named by its full proto name.
/// </summary>
public sealed class ProtoSchemas(OpenApiDocument document, ProtoComments comments)
{
    private readonly HashSet<string> _registered = new(StringComparer.Ordinal);

    public IOpenApiSchema ForMessage(MessageDescriptor message) =>
        (IOpenApiSchema?)WellKnownSchemas.For(message) ?? Reference(message.FullName, schema => Fill(schema, message));

    /// <summary>A field's schema: its type's, in an array when repeated, in an object when a map.</summary>
    public IOpenApiSchema ForField(FieldDescriptor field)
    {
        if (field.IsMap)
        {
            return new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = ForSingle(field.MessageType.FindFieldByNumber(2)) };
        }

        return field.IsRepeated ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = ForSingle(field) } : ForSingle(field);
    }

    private IOpenApiSchema ForSingle(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Message or FieldType.Group => ForMessage(field.MessageType),
        FieldType.Enum => Reference(field.EnumType.FullName, schema => Fill(schema, field.EnumType)),
        _ => WellKnownSchemas.Scalar(field),
    };

    /// <summary>A $ref to the component, registered first so a recursive message refers to itself.</summary>
    private OpenApiSchemaReference Reference(string name, Action<OpenApiSchema> fill)
    {
        if (_registered.Add(name))
        {
            var schema = new OpenApiSchema();
            document.AddComponent(name, schema);
            fill(schema);
        }

        return new OpenApiSchemaReference(name, document);
    }

    private void Fill(OpenApiSchema schema, MessageDescriptor message)
    {
        schema.Type = JsonSchemaType.Object;
        schema.Description = comments.For(message);
        schema.Properties = message.Fields.InFieldNumberOrder().ToDictionary(f => f.JsonName, Property);
    }

    private IOpenApiSchema Property(FieldDescriptor field)
    {
        var schema = ForField(field);
        var description = Describe(field);
        var readOnly = Behaviors(field).Contains(FieldBehavior.OutputOnly);
        switch (schema)
        {
            case OpenApiSchemaReference reference:
                // 3.1 allows these beside a $ref; a fresh reference, so the shared one stays bare.
                return new OpenApiSchemaReference(reference.Reference.Id!, document) { Description = description, ReadOnly = readOnly };
            case OpenApiSchema inline:
                (inline.Description, inline.ReadOnly) = (Join(description, inline.Description), readOnly);
                return inline;
            default:
                return schema;
        }
    }

    /// <summary>The field's comment, after what its field_behavior and oneof say ("Required.", "Output only.").</summary>
    public string? Describe(FieldDescriptor field)
    {
        var notes = Behaviors(field).Select(b => b switch
        {
            FieldBehavior.Required => "Required.",
            FieldBehavior.OutputOnly => "Output only.",
            FieldBehavior.Immutable => "Immutable.",
            FieldBehavior.InputOnly => "Input only.",
            _ => null,
        }).OfType<string>().ToList();
        if (field.RealContainingOneof is { } oneof)
        {
            notes.Add($"One of {string.Join(", ", oneof.Fields.Select(f => $"`{f.JsonName}`"))}: set at most one.");
        }

        return string.Join(' ', notes.Append(comments.For(field)).Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } text ? text : null;
    }

    public static IReadOnlyList<FieldBehavior> Behaviors(FieldDescriptor field) =>
        field.GetOptions()?.GetExtension(FieldBehaviorExtensions.FieldBehavior) is { } behaviors ? [.. behaviors] : [];

    /// <summary>An enum is a string of its value names (proto3 JSON), each listed with its comment.</summary>
    private void Fill(OpenApiSchema schema, EnumDescriptor enumType)
    {
        schema.Type = JsonSchemaType.String;
        schema.Description = Join(comments.For(enumType), string.Join('\n', enumType.Values.Select(v => $"- `{v.Name}`: {comments.For(v)}")));
        schema.Enum = [.. enumType.Values.Select(v => (JsonNode)JsonValue.Create(v.Name))];
    }

    private static string? Join(string? first, string? second) =>
        string.IsNullOrEmpty(first) ? second : string.IsNullOrEmpty(second) ? first : $"{first}\n\n{second}";
}
