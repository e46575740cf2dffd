using System.Diagnostics;
using System.Diagnostics.Metrics;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Mc2cm.ServiceDefaults.Grpc;

/// <summary>
/// Rate, errors and duration of every RPC, on both faces (a REST call is the same RPC through JSON
/// transcoding): the histogram "rpc.server.duration" of the OpenTelemetry RPC conventions, tagged
/// with service, method and gRPC status code — HTTP metrics alone would show a gRPC error as 200.
/// </summary>
public sealed class RpcMetrics : Interceptor, IDisposable
{
    public const string MeterName = "Mc2cm.Rpc";

    private readonly Meter _meter;
    private readonly Histogram<double> _duration;

    public RpcMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _duration = _meter.CreateHistogram<double>("rpc.server.duration", "ms", "Duration of RPCs served, by service, method and status code.");
    }

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var started = Stopwatch.GetTimestamp();
        var code = StatusCode.Unknown;
        try
        {
            var response = await continuation(request, context);
            code = StatusCode.OK;
            return response;
        }
        catch (RpcException ex)
        {
            code = ex.StatusCode;
            throw;
        }
        finally
        {
            Record(context.Method, code, Stopwatch.GetElapsedTime(started));
        }
    }

    private void Record(string method, StatusCode code, TimeSpan elapsed)
    {
        // "/mc2cm.cities.v1.CitiesService/GetCity" → service "mc2cm.cities.v1.CitiesService", method "GetCity".
        var slash = method.LastIndexOf('/');
        _duration.Record(elapsed.TotalMilliseconds,
            new KeyValuePair<string, object?>("rpc.system", "grpc"),
            new KeyValuePair<string, object?>("rpc.service", method[1..Math.Max(1, slash)]),
            new KeyValuePair<string, object?>("rpc.method", method[(slash + 1)..]),
            new KeyValuePair<string, object?>("rpc.grpc.status_code", (int)code));
    }

    public void Dispose() => _meter.Dispose();
}
