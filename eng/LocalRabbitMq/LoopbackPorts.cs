using System.Net;
using System.Net.Sockets;

namespace Mc2cm.LocalRabbitMq;

/// <summary>Free TCP ports on the loopback interface.</summary>
public static class LoopbackPorts
{
    /// <summary>A port the system just gave out as free; another process could still take it, which is rare.</summary>
    public static int FindFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
