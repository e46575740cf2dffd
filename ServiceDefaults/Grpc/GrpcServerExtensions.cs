using Google.Protobuf.Reflection;
using Google.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.ServiceDefaults.Grpc;

public static class GrpcServerExtensions
{
    /// <summary>Largest request or response message, on gRPC and on the REST face.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>gRPC with the shared error mapping, JSON transcoding (the REST face) and reflection.</summary>
    public static TBuilder AddGrpcServerDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services
            .AddGrpc(options =>
            {
                // Outermost first: the metrics see the status the error mapping settled on.
                options.Interceptors.Add<RpcMetrics>();
                options.Interceptors.Add<ErrorMappingInterceptor>();
                options.Interceptors.Add<FieldMaskCaseInterceptor>();
                options.Interceptors.Add<NfcTextInterceptor>();
                options.EnableDetailedErrors = false;
                options.MaxReceiveMessageSize = MaxMessageBytes;
                options.MaxSendMessageSize = MaxMessageBytes;
            })
            .AddJsonTranscoding(options =>
            {
                // Lets the REST face write the google.rpc details of an error, not only its code.
                // The proto3 JSON mapping: 64-bit integers as strings, so JavaScript keeps every digit.
                options.JsonSettings.WriteInt64sAsStrings = true;
                // As the proto3 JSON mapping does: unset fields (empty texts, zeros, empty lists) are left out.
                options.JsonSettings.IgnoreDefaultValues = true;
                options.TypeRegistry = TypeRegistry.FromMessages(
                    BadRequest.Descriptor, ResourceInfo.Descriptor, ErrorInfo.Descriptor,
                    PreconditionFailure.Descriptor, QuotaFailure.Descriptor, RetryInfo.Descriptor);
            });
        builder.Services.AddSingleton<RpcMetrics>();
        builder.Services.AddGrpcReflection();
        return builder;
    }

    public static WebApplication MapGrpcServerDefaults(this WebApplication app)
    {
        // The API's shape is public (the protos are), so tools may list it without a token.
        app.MapGrpcReflectionService().AllowAnonymous();
        return app;
    }
}
