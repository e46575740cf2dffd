using System.Text.RegularExpressions;
using Google.Protobuf.Reflection;
using Mc2cm.Contracts.Common.V1;
using Microsoft.OpenApi;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>The OpenAPI operation of one http binding: its path and query parameters, body and answer.</summary>
public static partial class RestOperation
{
    public const string JsonMediaType = "application/json";
    public static readonly string ErrorSchema = Google.Rpc.Status.Descriptor.FullName;

    public static (string Path, OpenApiOperation Operation) For(HttpBinding binding, OpenApiDocument document, ProtoSchemas schemas, ProtoComments comments)
    {
        var method = binding.Method;
        var (path, pathParameters) = PathTemplate.ToOpenApi(binding.Template, method.InputType);
        var parameters = pathParameters.Select(p => new OpenApiParameter
        {
            Name = p.Name,
            In = ParameterLocation.Path,
            Required = true,
            Description = $"Bound to the request's `{p.FieldPath}`, which is \"{p.Binding}\".",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        }).Concat(QueryParameters.For(binding, pathParameters.Select(p => p.Field), schemas));

        var audience = MethodAudience.Of(method);
        var operation = new OpenApiOperation
        {
            OperationId = $"{method.Service.Name}_{method.Name}" + (binding.Index > 0 ? $"_{binding.Index}" : string.Empty),
            Summary = Words().Replace(method.Name, m => " " + m.Value.ToLowerInvariant()),
            Description = $"{comments.For(method)}\n\n{BearerAuthentication.Describe(audience)}".TrimStart(),
            Security = BearerAuthentication.For(audience, document),
            Tags = new HashSet<OpenApiTagReference> { new(Tag(method.Service), document) },
            Parameters = [.. parameters.Cast<IOpenApiParameter>()],
            RequestBody = binding.Body.Length == 0 ? null : new OpenApiRequestBody
            {
                Required = true,
                Content = Json(binding.Body == "*" ? schemas.ForMessage(method.InputType) : schemas.ForField(Field(method.InputType, binding.Body, method))),
            },
            Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse
                {
                    Description = "OK",
                    Content = Json(binding.ResponseBody.Length == 0
                        ? schemas.ForMessage(method.OutputType) : schemas.ForField(Field(method.OutputType, binding.ResponseBody, method))),
                },
                ["default"] = ErrorResponse(document),
            },
            Deprecated = method.GetOptions()?.Deprecated ?? false,
        };
        return (path, operation);
    }

    /// <summary>The tag of a service's operations: its name without "Service", e.g. "Cities".</summary>
    public static string Tag(ServiceDescriptor service) =>
        service.Name.EndsWith("Service", StringComparison.Ordinal) && service.Name.Length > "Service".Length ? service.Name[..^"Service".Length] : service.Name;

    /// <summary>The one error model of the REST face, the gateway's own answers included.</summary>
    public static OpenApiResponse ErrorResponse(OpenApiDocument document) => new()
    {
        Description = "An error: a google.rpc.Status, with the HTTP status that goes with its code (e.g. 400, 404, 409, 503).",
        Content = Json(new OpenApiSchemaReference(ErrorSchema, document)),
    };

    public static Dictionary<string, IOpenApiMediaType> Json(IOpenApiSchema schema) =>
        new() { [JsonMediaType] = new OpenApiMediaType { Schema = schema } };

    private static FieldDescriptor Field(MessageDescriptor message, string name, MethodDescriptor method) =>
        message.FindFieldByName(name) ?? throw new InvalidOperationException($"{method.FullName}: {message.Name} has no field '{name}'.");

    // The capitals after the first, which "ListCities" turns into "List cities".
    [GeneratedRegex("(?<!^)[A-Z]")]
    private static partial Regex Words();
}
