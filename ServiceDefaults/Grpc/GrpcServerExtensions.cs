using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.ServiceDefaults.Grpc;

public static class GrpcServerExtensions
{
    /// <summary>Largest request or response message, on gRPC and on the REST face.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>gRPC with the shared error mapping, JSON transcoding (the REST face) and reflection; an unparsable request is InvalidArgument.</summary>
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
        UseRequestParsingMethodProvider(builder.Services);
        builder.Services.AddSingleton<RpcMetrics>();
        builder.Services.AddGrpcReflection();
        return builder;
    }

    /// <summary>
    /// Puts <see cref="RequestParsingMethodProvider{TService}"/> where AddGrpc registered its own
    /// binder (internal, found by name): a Grpc.AspNetCore that renames it fails here, at start-up.
    /// </summary>
    private static void UseRequestParsingMethodProvider(IServiceCollection services)
    {
        var standard = services.Single(d => d.ServiceType == typeof(IServiceMethodProvider<>) && d.ImplementationType?.Name == "BinderServiceMethodProvider`1");
        services[services.IndexOf(standard)] = Microsoft.Extensions.DependencyInjection.ServiceDescriptor.Singleton(typeof(IServiceMethodProvider<>), typeof(RequestParsingMethodProvider<>));
    }

    public static WebApplication MapGrpcServerDefaults(this WebApplication app)
    {
        // The API's shape is public (the protos are), so tools may list it without a token.
        app.MapGrpcReflectionService().AllowAnonymous();
        return app;
    }
}
