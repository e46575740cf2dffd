using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Mc2cm.Identity.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;

namespace Mc2cm.Identity.Login;

/// <summary>
/// The issuer's own pages, written here as plain HTML: labelled fields, the page's language and
/// direction, readable on a phone, no script and nothing from elsewhere, so a strict
/// Content-Security-Policy holds.
/// </summary>
internal static class LoginPage
{
    public const string StylesheetPath = "/account/login.css";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Form(HttpContext http, DevIdentityOptions options, string returnUrl, string? userName, bool failed)
    {
        var texts = LoginTexts.For(UiLocales(returnUrl));
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var invalid = failed ? " aria-invalid=\"true\" aria-describedby=\"login-error\"" : string.Empty;
        var body = new StringBuilder();
        if (failed)
        {
            body.Append($"""<p id="login-error" class="error" role="alert">{E(texts.Failed)}</p>""");
        }

        body.Append($"""
            <form method="post" action="{LoginEndpoints.Path}">
            <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken ?? string.Empty)}">
            <input type="hidden" name="{LoginEndpoints.ReturnUrl}" value="{E(returnUrl)}">
            <label for="username">{E(texts.UserName)}</label>
            <input id="username" name="userName" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" dir="ltr" required{invalid} value="{E(userName ?? string.Empty)}">
            <label for="password">{E(texts.Password)}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" dir="ltr" required{invalid}>
            <button type="submit">{E(texts.Submit)}</button>
            </form>
            <h2>{E(texts.UsersHeading)}</h2>
            <ul class="users">
            """);
        foreach (var user in options.AllUsers)
        {
            // The users' names come from configuration, in English whatever the page's language.
            body.Append($"""<li><code dir="ltr">{E(user.ClientId)}</code> <span lang="en">{E(user.Name)}</span></li>""");
        }

        body.Append($"""</ul><p>{E(texts.PasswordRule)} <code dir="ltr">dev-coordinator</code></p>""");
        return Page(http, options, texts, body.ToString());
    }

    public static IResult SignedOut(HttpContext http, DevIdentityOptions options)
    {
        var texts = LoginTexts.For(http.GetOpenIddictServerRequest()?.UiLocales);
        return Page(http, options, texts, $"""<p role="status">{E(texts.SignedOut)}</p>""");
    }

    public static IResult Stylesheet(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(Css, "text/css; charset=utf-8");
    }

    private static IResult Page(HttpContext http, DevIdentityOptions options, LoginTexts texts, string body)
    {
        // The form's post answers with redirects to the authorization endpoint, then to the portal:
        // browsers hold those redirects to form-action too.
        var portalOrigins = string.Join(' ', options.Portal.RedirectUris.Select(u => u.GetLeftPart(UriPartial.Authority)).Distinct());
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' {portalOrigins}; frame-ancestors 'none'; base-uri 'none'";
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return Results.Content($"""
            <!DOCTYPE html>
            <html lang="{texts.Language}" dir="{texts.Direction}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(texts.Title)}</title>
            <link rel="stylesheet" href="{StylesheetPath}">
            </head>
            <body>
            <main>
            <h1>{E(texts.Heading)}</h1>
            <p class="note">{E(texts.Note)}</p>
            {body}
            </main>
            </body>
            </html>
            """, "text/html; charset=utf-8");
    }

    private static string? UiLocales(string returnUrl) =>
        QueryHelpers.ParseQuery(returnUrl[returnUrl.IndexOf('?', StringComparison.Ordinal)..]).TryGetValue("ui_locales", out var value) ? value.ToString() : null;

    private static string E(string text) => Html.Encode(text);

    private const string Css = """
        :root { color-scheme: light dark; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; }
        main { max-width: 28rem; margin: 0 auto; padding: 1.5rem 1rem; }
        h1 { font-size: 1.5rem; margin-block: 0 0.5rem; }
        h2 { font-size: 1.1rem; margin-block-start: 2rem; }
        .note { font-size: 0.9rem; }
        form { display: grid; gap: 0.5rem; }
        label { font-weight: 600; margin-block-start: 0.5rem; }
        input { font: inherit; padding: 0.6rem; border: 1px solid currentColor; border-radius: 0.25rem; width: 100%; }
        input[aria-invalid="true"] { border: 2px solid #b00020; }
        button { font: inherit; font-weight: 600; padding: 0.7rem; margin-block-start: 1rem; border: 0; border-radius: 0.25rem; background: var(--accent); color: #fff; cursor: pointer; }
        :focus-visible { outline: 3px solid #e8a317; outline-offset: 2px; }
        .error { border-inline-start: 4px solid #b00020; padding: 0.5rem 0.75rem; background: #fdecee; color: #5c0011; }
        .users { padding-inline-start: 1.25rem; }
        .users span { display: block; font-size: 0.9rem; }
        """;
}
