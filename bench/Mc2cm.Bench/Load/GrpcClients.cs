using System.Text;
using Grpc.Core;
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

    /// <summary>
    /// A unary method called with raw protobuf bytes, for an RPC this build has no generated client
    /// for (the overview, built on another branch).
    /// </summary>
    public static Method<byte[], byte[]> RawUnary(string service, string method) =>
        new(MethodType.Unary, service, method, Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));

    /// <summary>A message whose field <paramref name="field"/> is the string <paramref name="value"/> (wire type 2).</summary>
    public static byte[] StringField(int field, string value)
    {
        var text = Encoding.UTF8.GetBytes(value);
        if (text.Length > 127)
        {
            throw new ArgumentException("Only short strings are encoded here.", nameof(value));
        }

        return [(byte)((field << 3) | 2), (byte)text.Length, .. text];
    }
}
