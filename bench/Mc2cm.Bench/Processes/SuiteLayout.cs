using System.Globalization;
using Mc2cm.LocalRabbitMq;

namespace Mc2cm.Bench.Processes;

/// <summary>The two loopback ports of one suite process: REST/JSON (HTTP/1.1) and gRPC (HTTP/2).</summary>
public sealed record Endpoints(int HttpPort, int GrpcPort)
{
    public static Endpoints Free() => new(LoopbackPorts.FindFree(), LoopbackPorts.FindFree());

    public Uri Http => new($"http://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}");

    public Uri Grpc => new($"http://127.0.0.1:{GrpcPort.ToString(CultureInfo.InvariantCulture)}");
}

/// <summary>Where the suite's Release builds are, and where one run keeps its files.</summary>
public sealed record SuiteLayout(string RepositoryRoot, string RunFolder)
{
    public const string Configuration = "Release";
    public static readonly string[] ServiceNames = ["cities", "knowledge", "dialogue", "action"];

    public string DataFolder => Path.Combine(RunFolder, "data");

    public string LogFolder => Path.Combine(RunFolder, "logs");

    public string PidFile => Path.Combine(RunFolder, "pids");

    /// <summary>The built assembly of a service ("cities"), of "gateway", of "identity" or of the portal ("web").</summary>
    public string Assembly(string name) => name switch
    {
        "gateway" => Built("gateway", "Mc2cm.Gateway"),
        "identity" => Built("identity", "Mc2cm.Identity"),
        // Published, not just built: a build output has no wwwroot, and outside Development its
        // static assets (fingerprinted, compressed, with their cache headers) are only served from one.
        "web" => Path.Combine(RepositoryRoot, "web", "bin", Configuration, "net10.0", "publish", "Mc2cm.Web.dll"),
        _ => Built(Path.Combine("services", Capitalized(name)), $"Mc2cm.{Capitalized(name)}"),
    };

    public string Database(string service) => Path.Combine(DataFolder, $"{service}.db");

    public void Create()
    {
        Directory.CreateDirectory(DataFolder);
        Directory.CreateDirectory(LogFolder);
    }

    private string Built(string project, string assembly) =>
        Path.Combine(RepositoryRoot, project, "bin", Configuration, "net10.0", assembly + ".dll");

    private static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
