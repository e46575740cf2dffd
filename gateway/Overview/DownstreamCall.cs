using System.Security.Claims;
using Grpc.Core;
using Mc2cm.ServiceDefaults.Security;

namespace Mc2cm.Gateway.Overview;

/// <summary>
/// How the overview calls a service: as its caller (the caller's token, so the service shows
/// what the caller may see, and the caller's languages), within the overview's one deadline.
/// The trace context goes along by itself (HttpClient and gRPC client instrumentation).
/// <paramref name="Caller"/> is who the gateway let in, for what it checks again itself.
/// </summary>
public sealed record DownstreamCall(Metadata Headers, DateTime Deadline, CancellationToken CancellationToken, ClaimsPrincipal Caller)
{
    private static readonly string[] Forwarded = ["authorization", "accept-language"];

    public CallOptions Options => new(Headers, Deadline, CancellationToken);

    public static DownstreamCall For(ServerCallContext context, DateTime deadline, CancellationToken cancellationToken)
    {
        var headers = new Metadata();
        var incoming = context.GetHttpContext().Request.Headers;
        foreach (var name in Forwarded)
        {
            if (incoming.TryGetValue(name, out var value) && value.Count > 0)
            {
                headers.Add(name, value.ToString());
            }
        }

        return new DownstreamCall(headers, deadline, cancellationToken, context.User());
    }
}
