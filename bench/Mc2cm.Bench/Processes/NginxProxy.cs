using System.Globalization;
using Mc2cm.LocalRabbitMq;

namespace Mc2cm.Bench.Processes;

/// <summary>
/// nginx from Debian in front of the Cities service, as the proxy a user would pick instead of the
/// gateway: grpc_pass over HTTP/2 cleartext for gRPC and proxy_pass for REST, both with upstream
/// keep-alive (bench/nginx/nginx.conf.template).
/// </summary>
public sealed record NginxProxy(ChildProcess Process, Endpoints Endpoints)
{
    public const string Program = "/usr/sbin/nginx";

    public static async Task<NginxProxy> StartAsync(ProcessRegistry registry, SuiteLayout layout, Endpoints backend, CancellationToken cancellationToken)
    {
        if (!File.Exists(Program))
        {
            throw new FileNotFoundException($"{Program} is missing: install it with 'sudo apt-get install -y nginx' (bench/run.sh does).");
        }

        var folder = Path.Combine(layout.RunFolder, "nginx");
        Directory.CreateDirectory(folder);
        var endpoints = new Endpoints(LoopbackPorts.FindFree(), LoopbackPorts.FindFree());
        var template = await File.ReadAllTextAsync(Path.Combine(layout.RepositoryRoot, "bench", "nginx", "nginx.conf.template"), cancellationToken);
        var config = template
            .Replace("{{RUN_FOLDER}}", folder, StringComparison.Ordinal)
            .Replace("{{GRPC_PORT}}", Invariant(endpoints.GrpcPort), StringComparison.Ordinal)
            .Replace("{{HTTP_PORT}}", Invariant(endpoints.HttpPort), StringComparison.Ordinal)
            .Replace("{{BACKEND_GRPC}}", $"127.0.0.1:{Invariant(backend.GrpcPort)}", StringComparison.Ordinal)
            .Replace("{{BACKEND_HTTP}}", $"127.0.0.1:{Invariant(backend.HttpPort)}", StringComparison.Ordinal)
            .Replace("{{WORKERS}}", Invariant(Environment.ProcessorCount), StringComparison.Ordinal);
        var configFile = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(configFile, config, cancellationToken);

        var process = registry.Start(new ProcessSpec("nginx", Program,
            ["-p", folder + "/", "-c", configFile, "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;"],
            new Dictionary<string, string>(), folder), layout.LogFolder);
        await HealthProbe.ListeningAsync(process, endpoints.GrpcPort, TimeSpan.FromSeconds(20), cancellationToken);
        await HealthProbe.ListeningAsync(process, endpoints.HttpPort, TimeSpan.FromSeconds(20), cancellationToken);
        return new NginxProxy(process, endpoints);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
