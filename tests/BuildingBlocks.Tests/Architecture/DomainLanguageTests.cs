using System.Text.RegularExpressions;
using Mc2cm.Testing;

namespace Mc2cm.BuildingBlocks.Tests.Architecture;

/// <summary>
/// The services' domains speak their own language: they raise Mc2cm.Domain's errors and know
/// nothing of the transport (gRPC status codes, Grpc.Core) or of the host (Mc2cm.ServiceDefaults).
/// A domain file is recognised by what it declares: an aggregate (a class deriving from
/// <c>Aggregate</c>, or another part of a partial aggregate) or an integration-event handler (a
/// class implementing <c>IIntegrationEventHandler&lt;&gt;</c>). The gRPC services, request
/// readers and mappings are the edge and may use both.
/// </summary>
public sealed partial class DomainLanguageTests
{
    private static readonly string[] Services = ["Action", "Cities", "CityDirectory", "Dialogue", "Knowledge"];

    [Fact]
    public void No_domain_file_refers_to_grpc_or_the_host_defaults()
    {
        var files = DomainFiles();

        var offences = files
            .SelectMany(f => Forbidden().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(RepositoryRoot.Path, f)}: {m.Value}"))
            .ToList();

        Assert.Empty(offences);
    }

    [Fact]
    public void The_scan_finds_the_aggregates_their_parts_and_the_event_handlers()
    {
        var names = DomainFiles().Select(Path.GetFileName).ToHashSet();

        // One of each kind, so a scan that recognises nothing cannot pass the test above.
        Assert.Contains("City.cs", names);
        Assert.Contains("Meeting.Seats.cs", names);
        Assert.Contains("KnownCityHandlers.cs", names);
        Assert.True(names.Count >= 20, $"only {names.Count} domain files found");
    }

    private static List<string> DomainFiles()
    {
        var sources = Services
            .SelectMany(s => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "services", s), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllText);
        var aggregates = sources.Values.SelectMany(text => AggregateDeclaration().Matches(text).Select(m => m.Groups["name"].Value)).ToHashSet();
        return sources
            .Where(s => s.Value.Contains("IIntegrationEventHandler<", StringComparison.Ordinal)
                || PartialDeclaration().Matches(s.Value).Any(m => aggregates.Contains(m.Groups["name"].Value))
                || AggregateDeclaration().IsMatch(s.Value))
            .Select(s => s.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex(@"\bclass\s+(?<name>\w+)\b[^{;]*:\s*Aggregate\b")]
    private static partial Regex AggregateDeclaration();

    [GeneratedRegex(@"\bpartial\s+class\s+(?<name>\w+)\b")]
    private static partial Regex PartialDeclaration();

    [GeneratedRegex(@"\bGrpc\.Core\b|\bRpcException\b|\bStatusCode\b|\bMc2cm\.ServiceDefaults\b|\bServiceDefaults\.")]
    private static partial Regex Forbidden();
}
