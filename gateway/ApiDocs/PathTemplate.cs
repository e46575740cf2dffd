using System.Text.RegularExpressions;
using Google.Protobuf.Reflection;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>A path parameter: one wildcard segment of a template variable.</summary>
/// <param name="Field">The request field the variable binds, whose whole value is <paramref name="Binding"/>.</param>
/// <param name="Binding">How the segments make up the field's value, e.g. "meetings/{meeting}/registrations/{name}".</param>
public sealed record PathParameter(string Name, FieldDescriptor Field, string FieldPath, string Binding);

/// <summary>
/// An http rule's path template as an OpenAPI path. A variable's pattern is spelled out, each of its
/// wildcards becoming a parameter: "/api/v1/{name=cities/*}:join" is "/api/v1/cities/{name}:join".
/// The last wildcard is named after the field ("name", or "name" for "priority.name"); earlier ones
/// after the collection before them ("meetings/*/registrations/*" is "meetings/{meeting}/registrations/{name}").
/// </summary>
public static partial class PathTemplate
{
    public static (string Path, IReadOnlyList<PathParameter> Parameters) ToOpenApi(string template, MessageDescriptor request)
    {
        var parameters = new List<PathParameter>();
        var path = Variable().Replace(template, match =>
        {
            var fieldPath = match.Groups["field"].Value;
            var field = ResolveField(request, fieldPath);
            var segments = (match.Groups["pattern"].Success ? match.Groups["pattern"].Value : "*").Split('/');
            var wildcards = segments.Count(s => s is "*" or "**");
            var seen = 0;
            var names = new List<string>();
            for (var i = 0; i < segments.Length; i++)
            {
                if (segments[i] is not ("*" or "**"))
                {
                    continue;
                }

                seen++;
                var name = seen == wildcards || i == 0 ? field.JsonName : Singular(segments[i - 1]);
                name = Unique(name, parameters.Select(p => p.Name).Concat(names));
                names.Add(name);
                segments[i] = $"{{{name}}}";
            }

            var binding = string.Join('/', segments);
            parameters.AddRange(names.Select(n => new PathParameter(n, field, fieldPath, binding)));
            return binding;
        });
        return (path, parameters);
    }

    /// <summary>The field a path variable names, by proto field names as the transcoder resolves it.</summary>
    public static FieldDescriptor ResolveField(MessageDescriptor request, string fieldPath)
    {
        FieldDescriptor? field = null;
        var message = request;
        foreach (var name in fieldPath.Split('.'))
        {
            field = message?.FindFieldByName(name)
                ?? throw new InvalidOperationException($"{request.FullName} has no field '{fieldPath}' for a path variable.");
            message = field.FieldType == FieldType.Message ? field.MessageType : null;
        }

        return field!;
    }

    /// <summary>"meetings" → "meeting", "priorities" → "priority", "stakeholder-groups" → "stakeholderGroup".</summary>
    private static string Singular(string collection)
    {
        var words = collection.Split('-', '_', '.');
        var camel = words[0] + string.Concat(words.Skip(1).Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
        return camel.EndsWith("ies", StringComparison.Ordinal) ? camel[..^3] + "y"
            : camel.EndsWith('s') && !camel.EndsWith("ss", StringComparison.Ordinal) ? camel[..^1]
            : camel;
    }

    private static string Unique(string name, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var candidate = name;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = $"{name}{n}";
        }

        return candidate;
    }

    [GeneratedRegex(@"\{(?<field>[A-Za-z0-9_.]+)(=(?<pattern>[^}]*))?\}")]
    private static partial Regex Variable();
}
