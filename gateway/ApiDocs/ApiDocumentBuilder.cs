using System.Globalization;
using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;
using Microsoft.OpenApi;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>The OpenAPI document of the whole REST face, from the services' proto descriptors.</summary>
public static class ApiDocumentBuilder
{
    public static OpenApiDocument Build(IEnumerable<FileDescriptor> files, ProtoComments comments)
    {
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = "MC2CM API",
                Version = "v1",
                Description = "The REST/JSON face of the MC2CM services, through the gateway. It is made from the gRPC protos "
                    + "(`mc2cm.<area>.v1`), which remain the source of truth: the same methods are served as gRPC and gRPC-Web. "
                    + "JSON follows the proto3 JSON mapping (lowerCamelCase names, enums by name, 64-bit integers as strings). "
                    + "Errors are a google.rpc.Status: {\"code\", \"message\", \"details\"}.",
            },
            Paths = [],
            Components = new OpenApiComponents(),
            Tags = new HashSet<OpenApiTag>(),
        };
        BearerAuthentication.Declare(document);
        var schemas = new ProtoSchemas(document, comments);
        schemas.ForMessage(Google.Rpc.Status.Descriptor);
        var services = files.SelectMany(f => f.Services).ToList();
        foreach (var service in services)
        {
            document.Tags.Add(new OpenApiTag { Name = RestOperation.Tag(service), Description = comments.For(service) });
            foreach (var binding in service.Methods.SelectMany(HttpBinding.Of))
            {
                var (path, operation) = RestOperation.For(binding, document, schemas, comments);
                Add(document, path, binding.Verb, operation);
            }
        }

        TagGroups(document, services);
        NonTranscodedRoutes.Add(document);
        return document;
    }

    /// <summary>Adds an operation; two routes on one verb and path would be ambiguous for the transcoder too.</summary>
    public static void Add(OpenApiDocument document, string path, HttpMethod verb, OpenApiOperation operation)
    {
        if (!document.Paths.TryGetValue(path, out var item))
        {
            document.Paths.Add(path, item = new OpenApiPathItem());
        }

        if (item.Operations?.ContainsKey(verb) == true)
        {
            throw new InvalidOperationException($"Two operations for {verb} {path}: {item.Operations[verb].OperationId} and {operation.OperationId}.");
        }

        ((OpenApiPathItem)item).AddOperation(verb, operation);
    }

    /// <summary>Groups the services' tags by area ("x-tagGroups", which the UI shows as sections).</summary>
    private static void TagGroups(OpenApiDocument document, IEnumerable<ServiceDescriptor> services)
    {
        var groups = services.GroupBy(s => s.File.Package.Split('.')[1]).Select(area => new JsonObject
        {
            ["name"] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(area.Key),
            ["tags"] = new JsonArray([.. area.Select(s => (JsonNode)JsonValue.Create(RestOperation.Tag(s)))]),
        });
        document.Extensions = new Dictionary<string, IOpenApiExtension>
        {
            ["x-tagGroups"] = new JsonNodeExtension(new JsonArray([.. groups])),
        };
    }
}
