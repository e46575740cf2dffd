using Microsoft.OpenApi;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>
/// The bearer token scheme (a JWT in "Authorization: Bearer …"), declared but optional for now:
/// the document's security requirement is "none, or bearer" until authentication is enforced.
/// </summary>
public static class BearerAuthentication
{
    public const string SchemeName = "bearer";

    public static void Declare(OpenApiDocument document)
    {
        document.AddComponent<IOpenApiSecurityScheme>(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A JWT access token, sent as \"Authorization: Bearer <token>\". Optional for now.",
        });
        document.Security =
        [
            new OpenApiSecurityRequirement(),
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] },
        ];
    }
}
