using System.Text.Json;
using System.Text.RegularExpressions;
using Google.Api;
using Grpc.AspNetCore.Server;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Gateway.ApiDocs;
using Mc2cm.Gateway.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Yarp.ReverseProxy.Model;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Mc2cm.Gateway.Tests;

/// <summary>
/// The served OpenAPI document is valid and lists every REST route of every service: the expected
/// routes are read here straight from the gRPC services' descriptors (the protos, the source of
/// truth), so an RPC with an http rule that the document missed fails this test.
/// </summary>
public sealed partial class ApiDocumentCompletenessTests(ApiDocsGateway docs) : IClassFixture<ApiDocsGateway>
{
    /// <summary>The package of the RPCs the gateway serves itself (composed views), not a service's.</summary>
    private const string GatewayPackage = "mc2cm.gateway.";

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
    public void Every_documented_route_is_one_the_gateway_routes_to_a_service_or_serves_itself()
    {
        var restPaths = Backends.All.SelectMany(b => b.RestPaths).ToList();
        var ownRoutes = ExpectedRoutes(GatewayPackage).ToHashSet();

        var unrouted = DocumentedRoutes().Except(ownRoutes).Select(r => r.Split(' ')[1].Replace("{}", "x", StringComparison.Ordinal))
            .Where(path => !restPaths.Any(p => path == p || (!p.Contains(':', StringComparison.Ordinal) && path.StartsWith(p + "/", StringComparison.Ordinal))));

        Assert.Empty(unrouted);
        Assert.Equal(["GET /api/v1/cities/{}/overview"], ownRoutes);
    }

    [Fact]
    public void The_gateways_own_rpcs_are_its_endpoints_and_come_before_the_proxys_routes()
    {
        var endpoints = docs.Gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var proxied = endpoints.Where(e => e.Metadata.GetMetadata<RouteModel>() is not null).ToList();
        var own = endpoints.Where(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.ServiceName.StartsWith(GatewayPackage, StringComparison.Ordinal) == true).ToList();
        // Native gRPC (a POST to "/{service}/{method}") and the REST routes of every method.
        var expected = Services(GatewayPackage).SelectMany(s => s.Methods).Select(m => $"POST /{m.Service.FullName}/{m.Name}").Concat(ExpectedRoutes(GatewayPackage));

        Assert.NotEmpty(proxied);
        Assert.Superset(expected.ToHashSet(), own.SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
            .Select(verb => $"{verb} {Template(e.RoutePattern)}")).ToHashSet());
        Assert.All(own, e => Assert.True(e.Order < proxied.Min(p => p.Order), $"{e.DisplayName} has order {e.Order}."));
    }

    /// <summary>"VERB /path" for each http rule and additional binding, the template's variables as "{}" segments.</summary>
    private static IEnumerable<string> ExpectedRoutes(string package = "mc2cm.")
    {
        foreach (var method in Services(package).SelectMany(s => s.Methods))
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

    /// <summary>The generated gRPC service classes, each with its ServiceDescriptor: found apart from the gateway's own way.</summary>
    private static IEnumerable<ServiceDescriptor> Services(string package) =>
        typeof(CitiesService).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor")?.GetValue(null)).OfType<ServiceDescriptor>()
            .Where(s => s.File.Package.StartsWith(package, StringComparison.Ordinal));

    /// <summary>An endpoint's route with its parameters as "{}" segments, as in <see cref="ExpectedRoutes"/>.</summary>
    private static string Template(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart => "{}",
            _ => "?",
        }))));

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
