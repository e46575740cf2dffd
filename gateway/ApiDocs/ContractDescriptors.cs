using System.Reflection;
using System.Text.RegularExpressions;
using Google.Protobuf.Reflection;
using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>The suite's public protos, as compiled into the Contracts assembly: the source of the API document.</summary>
public static partial class ContractDescriptors
{
    /// <summary>Every file of an "mc2cm.&lt;area&gt;.v1" package that declares a service, ordered by name so the document is stable.</summary>
    public static IReadOnlyList<FileDescriptor> ServiceFiles() => ServiceFiles(typeof(CitiesService).Assembly);

    public static IReadOnlyList<FileDescriptor> ServiceFiles(Assembly contracts) =>
        [.. contracts.GetTypes()
            // protoc's C# output has one static "<File>Reflection" class per .proto, holding its descriptor.
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Reflection", StringComparison.Ordinal))
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .Where(f => PublicPackage().IsMatch(f.Package) && f.Services.Count > 0)
            .OrderBy(f => f.Name, StringComparer.Ordinal)];

    [GeneratedRegex(@"^mc2cm\.[a-z_]+\.v1$")]
    private static partial Regex PublicPackage();
}
