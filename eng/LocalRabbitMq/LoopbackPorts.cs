using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Mc2cm.LocalRabbitMq;

/// <summary>
/// Free TCP ports on the loopback interface, for servers we start ourselves. They are picked below
/// the system's ephemeral range: a port from bind(0) is ephemeral, and an outgoing connection can
/// take it before our server binds it. A port is never handed out twice by one process.
/// </summary>
public static class LoopbackPorts
{
    private const int Lowest = 10_000;
    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();

    public static int FindFree()
    {
        var ephemeralStart = EphemeralRangeStart();
        lock (Gate)
        {
            for (var attempt = 0; attempt < 1_000; attempt++)
            {
                var port = Random.Shared.Next(Lowest, ephemeralStart);
                if (!HandedOut.Contains(port) && IsFree(port))
                {
                    HandedOut.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException($"No free loopback port between {Lowest} and {ephemeralStart}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Start of the ephemeral port range (Linux: /proc/sys/net/ipv4/ip_local_port_range; 32768 elsewhere).</summary>
    private static int EphemeralRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        var start = File.Exists(range) && int.TryParse(File.ReadAllText(range).Split('\t', ' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 32_768;
        return Math.Max(start, Lowest + 1_000);
    }
}
