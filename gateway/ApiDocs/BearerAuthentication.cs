using Mc2cm.Contracts.Common.V1;
using Microsoft.OpenApi;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>
/// The bearer token scheme (a JWT in "Authorization: Bearer …") and what each operation asks of it,
/// from the audience its RPC declares in the proto — the declaration the services authorise by:
/// a public read needs no token (one may be sent, and is checked), everything else needs one.
/// </summary>
public static class BearerAuthentication
{
    public const string SchemeName = "bearer";

    public static void Declare(OpenApiDocument document) =>
        document.AddComponent<IOpenApiSecurityScheme>(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A JWT access token, sent as \"Authorization: Bearer <token>\". Public reads need none; "
                + "every other operation does, and the roles it needs are in its description.",
        });

    /// <summary>The operation's security: a bearer token, or none at all (an empty requirement) or a bearer token.</summary>
    public static List<OpenApiSecurityRequirement> For(Audience audience, OpenApiDocument document) =>
        audience.NeedsToken() ? [Bearer(document)] : [new OpenApiSecurityRequirement(), Bearer(document)];

    /// <summary>Who may call, in words, for the operation's description.</summary>
    public static string Describe(Audience audience) => audience switch
    {
        Audience.Anyone => "Anyone may call this, without a token.",
        Audience.SignedIn => "Needs a token: anyone signed in.",
        Audience.CityStaff => "Needs a token: a coordinator, or a focal point or local expert of the city concerned.",
        Audience.Evaluator => "Needs a token: an evaluator assigned to the application.",
        _ => "Needs a token: coordinators only.",
    };

    private static OpenApiSecurityRequirement Bearer(OpenApiDocument document) =>
        new() { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] };
}
