using System.Net.Sockets;

namespace Mc2cm.LocalRabbitMq;

/// <summary>
/// Tells whether a broker really speaks AMQP on a port: sends the AMQP 0-9-1 protocol header and
/// expects a method frame (Connection.Start) back. A bare TCP connect is not enough: a proxy in
/// front of the port accepts connections before the broker is up.
/// </summary>
public static class AmqpProbe
{
    private static readonly byte[] ProtocolHeader = "AMQP\0\0\u0009\u0001"u8.ToArray();

    public static async Task<bool> IsReadyAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, deadline.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(ProtocolHeader, deadline.Token);
            var frameType = new byte[1];
            var read = await stream.ReadAsync(frameType, deadline.Token);
            const byte methodFrame = 1;
            return read == 1 && frameType[0] == methodFrame;
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
