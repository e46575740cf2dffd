using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;

namespace Mc2cm.ServiceDefaults.Security;

/// <summary>
/// Clients that call for anonymous visitors, such as the portal with its own client-credentials
/// token (<see cref="AuthOptions.AnonymousSubjects"/>): their token is validated like any other,
/// then the call goes on as one without a token, so it opens nothing a visitor could not.
/// </summary>
public static class AnonymousClients
{
    private static readonly object PresentedKey = new();

    /// <summary>True when the call carried a valid token of such a client (and so counts as anonymous).</summary>
    public static bool PresentedAnonymousClientToken(this HttpContext http) => http.Items.ContainsKey(PresentedKey);

    internal static JwtBearerEvents Events(AuthOptions auth)
    {
        var subjects = auth.AnonymousSubjects.ToHashSet(StringComparer.Ordinal);
        return new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.Principal?.FindFirst(McClaims.Subject)?.Value is { } subject && subjects.Contains(subject))
                {
                    context.HttpContext.Items[PresentedKey] = true;
                    context.NoResult();
                }

                return Task.CompletedTask;
            },
        };
    }
}
