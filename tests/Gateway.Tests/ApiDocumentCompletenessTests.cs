using System.Text.Json;
using System.Text.RegularExpressions;
using Google.Api;
using Google.Protobuf.Reflection;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Gateway.ApiDocs;
using Mc2cm.Gateway.Routing;
using Microsoft.OpenApi;

namespace Mc2cm.Gateway.Tests;

/// <summary>
/// The served OpenAPI document is valid and lists every REST route of every service: the expected
/// routes are read here straight from the gRPC services' descriptors (the protos, the source of
/// truth), so an RPC with an http rule that the document missed fails this test.
/// </summary>
public sealed partial class ApiDocumentCompletenessTests(ApiDocsGateway docs) : IClassFixture<ApiDocsGateway>
{
    [Fact]
    public void The_document_reads_back_as_openapi_3_without_errors()
    {
        Assert.Empty(docs.ReadErrors);
        Assert.Empty(docs.Document.Validate(ValidationRuleSet.GetDefaultRuleSet()).Select(e => $"{e.Pointer}: {e.Message}"));
        using var json = JsonDocument.Parse(docs.Json);
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString());
        Assert.Equal("MC2CM API", docs.Document.Info!.Title);
    }

    [Fact]
    public void Every_http_rule_of_every_service_is_an_operation_and_nothing_else_is()
    {
        var expected = ExpectedRoutes().ToHashSet();
        var documented = DocumentedRoutes().ToHashSet();

        Assert.True(expected.Count > 70, $"Only {expected.Count} routes found in the descriptors.");
        Assert.Empty(expected.Except(documented));
        // Besides the protos' routes, only the hand-described iCalendar feed.
        Assert.Equal([$"GET {NonTranscodedRoutes.CalendarPath}"], documented.Except(expected));
    }

    [Fact]
    public void Every_documented_route_is_one_the_gateway_routes_to_a_service()
    {
        var restPaths = Backends.All.SelectMany(b => b.RestPaths).ToList();

        var unrouted = DocumentedRoutes().Select(r => r.Split(' ')[1].Replace("{}", "x", StringComparison.Ordinal))
            .Where(path => !restPaths.Any(p => path == p || (!p.Contains(':', StringComparison.Ordinal) && path.StartsWith(p + "/", StringComparison.Ordinal))));

        Assert.Empty(unrouted);
    }

    /// <summary>"VERB /path" for each http rule and additional binding, the template's variables as "{}" segments.</summary>
    private static IEnumerable<string> ExpectedRoutes()
    {
        // The generated gRPC service classes, each with its ServiceDescriptor: found apart from the gateway's own way.
        var services = typeof(CitiesService).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor")?.GetValue(null)).OfType<ServiceDescriptor>()
            .Where(s => s.File.Package.StartsWith("mc2cm.", StringComparison.Ordinal));
        foreach (var method in services.SelectMany(s => s.Methods))
        {
            if (method.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is not { } rule)
            {
                continue;
            }

            foreach (var binding in rule.AdditionalBindings.Prepend(rule))
            {
                var pattern = HttpRule.Descriptor.Oneofs[0].Accessor.GetCaseFieldDescriptor(binding)!;
                var (verb, template) = pattern.Accessor.GetValue(binding) is CustomHttpPattern custom
                    ? (custom.Kind, custom.Path) : (pattern.Name.ToUpperInvariant(), (string)pattern.Accessor.GetValue(binding));
                var path = TemplateVariable().Replace(template, m => m.Groups[2].Success ? m.Groups[2].Value : "*");
                yield return $"{verb} {string.Join('/', path.Split('/').Select(s => Wildcard().Replace(s, "{}")))}";
            }
        }
    }

    private IEnumerable<string> DocumentedRoutes() =>
        docs.Document.Paths.SelectMany(p => (p.Value.Operations ?? []).Keys.Select(verb => $"{verb.Method} {PathParameter().Replace(p.Key, "{}")}"));

    [GeneratedRegex(@"\{([^}=]+)(?:=([^}]*))?\}")]
    private static partial Regex TemplateVariable();

    // A "*" or "**" segment, possibly followed by the template's ":verb".
    [GeneratedRegex(@"^\*\*?(?=$|:)")]
    private static partial Regex Wildcard();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
