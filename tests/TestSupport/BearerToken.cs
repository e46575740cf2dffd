using System.Net.Http.Headers;

namespace Mc2cm.Testing;

/// <summary>Puts a dev user's access token on every request that does not carry one already.</summary>
public sealed class BearerToken(string token) : DelegatingHandler
{
    /// <summary>A handler for <paramref name="user"/>'s token (none when null or when no issuer runs).</summary>
    public static HttpMessageHandler Handler(string? user)
    {
        var sockets = new SocketsHttpHandler { EnableMultipleHttp2Connections = true };
        return user is not null && SharedIssuer.Current is { } issuer
            ? new BearerToken(issuer.Token(user)) { InnerHandler = sockets }
            : sockets;
    }

    /// <summary>Call metadata naming <paramref name="user"/>'s token, for one call on any channel.</summary>
    public static Grpc.Core.Metadata For(string user) =>
        new() { { "authorization", $"Bearer {SharedIssuer.Current?.Token(user) ?? throw new InvalidOperationException("No issuer runs.")}" } };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
