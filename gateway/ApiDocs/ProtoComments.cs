using System.Reflection;
using System.Text.RegularExpressions;
using Google.Protobuf.Reflection;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>
/// The leading comments of the protos' declarations, for descriptions. The generated C# carries no
/// source info, so the gateway embeds the .proto files and reads the "//" lines right above each
/// service, rpc, message, enum, field and enum value (a blank line detaches them, as in protoc).
/// </summary>
public sealed partial class ProtoComments(IReadOnlyDictionary<string, string> byFullName)
{
    public const string ResourcePrefix = "protos/";

    public static ProtoComments FromEmbeddedProtos() => FromEmbeddedProtos(typeof(ProtoComments).Assembly);

    public static ProtoComments FromEmbeddedProtos(Assembly assembly)
    {
        var comments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            Read(reader.ReadToEnd(), comments);
        }

        return new ProtoComments(comments);
    }

    public string? For(IDescriptor descriptor) => byFullName.GetValueOrDefault(Key(descriptor));

    private static string Key(IDescriptor descriptor) => descriptor is EnumValueDescriptor value
        ? $"{value.EnumDescriptor.FullName}.{value.Name}" : descriptor.FullName;

    /// <summary>Adds the comments of one .proto file, keyed by the full names of what they describe.</summary>
    public static void Read(string proto, IDictionary<string, string> comments)
    {
        var package = string.Empty;
        var scopes = new Stack<string?>(); // message, enum or service names; null for any other block
        var pending = new List<string>();
        foreach (var line in proto.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("//", StringComparison.Ordinal))
            {
                pending.Add(line[2..].Trim());
                continue;
            }

            var code = Code(line);
            var packageMatch = Package().Match(code);
            package = packageMatch.Success ? packageMatch.Groups[1].Value : package;
            var type = TypeDeclaration().Match(code);
            var member = type.Success ? Match.Empty : MemberDeclaration().Match(code);
            var name = type.Success ? type.Groups["name"].Value : member.Success ? member.Groups["name"].Value : null;
            if (name is not null && pending.Count > 0)
            {
                var scope = string.Join('.', new[] { package }.Concat(scopes.Reverse().OfType<string>()).Append(name).Where(s => s.Length > 0));
                comments[scope] = string.Join('\n', pending);
            }

            foreach (var brace in code.Where(c => c is '{' or '}'))
            {
                if (brace == '{')
                {
                    scopes.Push(type.Success ? type.Groups["name"].Value : null);
                    type = Match.Empty; // a second brace on the line opens an anonymous block
                }
                else if (scopes.Count > 0)
                {
                    scopes.Pop();
                }
            }

            pending.Clear();
        }
    }

    /// <summary>The line without string literals (which may hold braces or "//") and trailing comments.</summary>
    private static string Code(string line)
    {
        var withoutStrings = StringLiteral().Replace(line, "\"\"");
        var comment = withoutStrings.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? withoutStrings : withoutStrings[..comment];
    }

    [GeneratedRegex(@"^package\s+([\w.]+)\s*;")]
    private static partial Regex Package();

    [GeneratedRegex(@"^(message|enum|service)\s+(?<name>\w+)")]
    private static partial Regex TypeDeclaration();

    // rpc Name(...), oneof name, a field "[repeated] type name = 1" or "map<k, v> name = 1", an enum value "NAME = 1".
    [GeneratedRegex(@"^(?:(?:rpc|oneof)\s+(?<name>\w+)|(?:(?:repeated|optional)\s+)?(?:map\s*<[^>]*>|[\w.]+)\s+(?<name>\w+)\s*=\s*\d+|(?<name>[A-Z][A-Z0-9_]*)\s*=\s*-?\d+)")]
    private static partial Regex MemberDeclaration();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();
}
