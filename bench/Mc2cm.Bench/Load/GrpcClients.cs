using Grpc.Net.Client;

namespace Mc2cm.Bench.Load;

/// <summary>
/// gRPC channels as a client app would open them: Grpc.Net.Client over HTTP/2 cleartext, all calls
/// multiplexed on one connection (more only past the server's stream limit).
/// </summary>
public static class GrpcClients
{
    public static GrpcChannel Channel(Uri address) => GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        },
        MaxReceiveMessageSize = 16 * 1024 * 1024,
    });
}
