using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Mc2cm.Identity.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mc2cm.Identity.Login;

/// <summary>
/// The login page of the seeded users and its form. The form carries an antiforgery token (checked
/// before <see cref="SubmitAsync"/> runs), and the page only ever sends back to the authorization
/// endpoint, so it cannot be made to redirect anywhere else.
/// </summary>
internal static class LoginEndpoints
{
    public const string Path = "/account/login";

    public const string ReturnUrl = "returnUrl";

    public static IResult Show(HttpContext http, IOptions<DevIdentityOptions> options, [FromQuery(Name = ReturnUrl)] string? returnUrl) =>
        IsAuthorizeRequest(returnUrl)
            ? LoginPage.Form(http, options.Value, returnUrl, userName: null, failed: false)
            : NotFromAClient();

    public static async Task<IResult> SubmitAsync(HttpContext http, IOptions<DevIdentityOptions> options, [FromForm] LoginForm form)
    {
        if (!IsAuthorizeRequest(form.ReturnUrl))
        {
            return NotFromAClient();
        }

        var user = options.Value.FindUser(form.UserName);
        if (user is null || !SamePassword(user.LoginPassword, form.Password ?? string.Empty))
        {
            return LoginPage.Form(http, options.Value, form.ReturnUrl, form.UserName, failed: true);
        }

        var session = new ClaimsIdentity(InteractiveSignIn.SessionScheme, Claims.Name, Claims.Role);
        session.AddClaim(new Claim(Claims.Subject, user.ClientId));
        session.AddClaim(new Claim(Claims.Name, user.Name));
        await http.SignInAsync(InteractiveSignIn.SessionScheme, new ClaimsPrincipal(session));
        return Results.LocalRedirect(form.ReturnUrl);
    }

    private static bool IsAuthorizeRequest([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith(AuthorizeEndpoint.Path + "?", StringComparison.Ordinal);

    private static IResult NotFromAClient() =>
        Results.BadRequest("Sign in from an application (the portal): this page needs its authorization request.");

    private static bool SamePassword(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}

/// <summary>The login form's fields.</summary>
internal sealed class LoginForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
