using Google.Api;
using Google.Protobuf.Reflection;
using Microsoft.OpenApi;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>
/// The request fields a route takes from the query string, by the JSON transcoder's rules: every
/// field that neither the path nor the body binds (none when the body is "*"); a scalar, enum or
/// well-known value type (wrappers, Timestamp, FieldMask…) is one parameter, repeated ones repeat
/// it ("?cities=a&amp;cities=b"); a message field is flattened into its fields with dots
/// ("filter.city"); repeated messages and maps cannot be query parameters.
/// </summary>
public static class QueryParameters
{
    public static IEnumerable<OpenApiParameter> For(HttpBinding binding, IEnumerable<FieldDescriptor> pathFields, ProtoSchemas schemas)
    {
        if (binding.Body == "*")
        {
            return [];
        }

        // Like the transcoder, a field bound elsewhere is left out wherever it occurs.
        var bound = pathFields.ToHashSet();
        if (binding.Body.Length > 0)
        {
            bound.Add(binding.Method.InputType.FindFieldByName(binding.Body)
                ?? throw new InvalidOperationException($"{binding.Method.FullName}: no body field '{binding.Body}'."));
        }

        return Visit(binding.Method.InputType, prefix: string.Empty, bound, [], schemas);
    }

    private static IEnumerable<OpenApiParameter> Visit(
        MessageDescriptor message, string prefix, HashSet<FieldDescriptor> bound, HashSet<MessageDescriptor> enclosing, ProtoSchemas schemas)
    {
        enclosing.Add(message);
        foreach (var field in message.Fields.InFieldNumberOrder().Where(f => !bound.Contains(f)))
        {
            var name = prefix + field.JsonName;
            if (field.FieldType is not FieldType.Message || WellKnownSchemas.IsQueryValue(field.MessageType))
            {
                yield return Parameter(name, field, schemas);
            }
            else if (!field.IsRepeated && !enclosing.Contains(field.MessageType))
            {
                foreach (var nested in Visit(field.MessageType, name + ".", bound, enclosing, schemas))
                {
                    yield return nested;
                }
            }
        }

        enclosing.Remove(message);
    }

    private static OpenApiParameter Parameter(string name, FieldDescriptor field, ProtoSchemas schemas) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = schemas.Describe(field),
        Required = ProtoSchemas.Behaviors(field).Contains(FieldBehavior.Required),
        Schema = schemas.ForField(field),
    };
}
