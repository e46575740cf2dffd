using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace Mc2cm.Gateway.Routing;

/// <summary>
/// The gateway's sockets run the code that follows an I/O on the thread that saw the I/O complete,
/// instead of handing it to the thread pool. Every step of a proxied call is asynchronous (read the
/// caller's frame, write it to the service, read the answer, write it back), so each hand-off cost
/// a thread-pool wake-up: on two cores shared with the services and the load, those hops were a
/// large part of the gateway's CPU per call and of the latency it adds (docs/performance.md, "Gateway").
/// Nothing in the gateway blocks a thread, which is what makes this safe here and not in general.
/// </summary>
public static class ProxyTransport
{
    private const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>
    /// For the process's outgoing sockets (the forwarder's connections to the services): read once,
    /// when the runtime's socket engine starts, so this must run before the first socket is used.
    /// Called from Program only, never from a test host that shares its process with other code.
    /// </summary>
    public static void UseInlineSocketCompletions()
    {
        if (Environment.GetEnvironmentVariable(InlineCompletions) is null)
        {
            Environment.SetEnvironmentVariable(InlineCompletions, "1");
        }
    }

    /// <summary>For Kestrel's incoming connections: the request pipeline continues on the I/O thread.</summary>
    public static IHostApplicationBuilder AddInlineScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SocketTransportOptions>(options => options.UnsafePreferInlineScheduling = true);
        return builder;
    }
}
