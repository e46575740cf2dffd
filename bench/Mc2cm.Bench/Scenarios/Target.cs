namespace Mc2cm.Bench.Scenarios;

/// <summary>One way to reach the Cities service: its own ports, the gateway's, or nginx's.</summary>
/// <param name="Name">"direct", "gateway" or "nginx".</param>
public sealed record Target(string Name, Uri Grpc, Uri Http)
{
    public const string Direct = "direct";
    public const string Gateway = "gateway";
    public const string Nginx = "nginx";

    /// <summary>The watched process that proxies a target's calls (the gateway, nginx's workers); none for direct.</summary>
    public static string? ProxyProcess(string target) => target switch
    {
        Gateway => GatewayProcess,
        Nginx => NginxProcess,
        _ => null,
    };

    public const string GatewayProcess = "gateway";
    public const string NginxProcess = "nginx";
}
