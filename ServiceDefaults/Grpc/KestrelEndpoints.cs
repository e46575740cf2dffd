using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.ServiceDefaults.Grpc;

/// <summary>
/// Every process listens on two endpoints, because Kestrel cannot serve HTTP/1.1 and cleartext
/// HTTP/2 on one port: "grpc" (HTTP/2 only: native gRPC) and "http" (HTTP/1.1: REST/JSON,
/// gRPC-Web, health). Both come from Kestrel:Endpoints in configuration; the AppHost overrides
/// their URLs.
/// </summary>
public static class KestrelEndpoints
{
    public const string Grpc = "grpc";
    public const string Http = "http";

    public static TBuilder AddTwoEndpointKestrel<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        EnsureEndpoint(builder.Configuration, Grpc, HttpProtocols.Http2);
        EnsureEndpoint(builder.Configuration, Http, HttpProtocols.Http1);
        builder.Services.Configure<KestrelServerOptions>(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = GrpcServerExtensions.MaxMessageBytes;
        });
        return builder;
    }

    private static void EnsureEndpoint(IConfiguration configuration, string name, HttpProtocols protocols)
    {
        var section = configuration.GetSection($"Kestrel:Endpoints:{name}");
        if (string.IsNullOrWhiteSpace(section["Url"]))
        {
            throw new InvalidOperationException(
                $"Kestrel:Endpoints:{name}:Url is not configured. Every MC2CM process needs a '{Grpc}' (HTTP/2) and an '{Http}' (HTTP/1.1) endpoint.");
        }

        // The protocol is part of the contract of the endpoint, whatever the configuration says.
        section["Protocols"] = protocols.ToString();
    }
}
