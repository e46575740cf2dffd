using System.Net.Sockets;

namespace Mc2cm.AppHost.Broker;

/// <summary>Whether a Docker engine answers here: a Docker client alone (as on CI machines) is not enough.</summary>
internal static class ContainerRuntime
{
    public static bool IsAvailable()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")))
        {
            return true;
        }

        var sockets = new[]
        {
            "/var/run/docker.sock",
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker", "run", "docker.sock"),
        };
        return sockets.Any(EngineListensOn);
    }

    private static bool EngineListensOn(string socketPath)
    {
        if (!File.Exists(socketPath))
        {
            return false;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
