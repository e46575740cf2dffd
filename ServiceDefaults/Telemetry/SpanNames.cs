using System.Diagnostics;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Http;

namespace Mc2cm.ServiceDefaults.Telemetry;

/// <summary>
/// Names a request's server span by what an operator knows: what the endpoint's
/// <see cref="SpanNameMetadata"/> says (the gateway's proxied routes), else the gRPC method it served
/// on either face ("mc2cm.cities.v1.CitiesService/GetCity"). The default, the route pattern, is an
/// internal placeholder for proxied and transcoded calls ("{**rest}", "{__Complex_name_3}").
/// </summary>
public static class SpanNames
{
    public static void Name(Activity activity, HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        var name = metadata?.GetMetadata<SpanNameMetadata>()?.NameOf(context.Request)
            ?? metadata?.GetMetadata<GrpcMethodMetadata>()?.Method.FullName.TrimStart('/');
        if (name is not null)
        {
            activity.DisplayName = name;
        }
    }
}

/// <summary>Endpoint metadata: how to name the span of a request the endpoint serves (null keeps the default).</summary>
public sealed class SpanNameMetadata(Func<HttpRequest, string?> nameOf)
{
    public string? NameOf(HttpRequest request) => nameOf(request);
}
