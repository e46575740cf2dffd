using System.Globalization;

namespace Mc2cm.LocalRabbitMq;

/// <summary>
/// Everything that makes one private RabbitMQ node: its folder (data, logs, config, Erlang
/// cookie), its name and its three ports. Two layouts with different folders and ports never
/// collide, so test runs and a developer's suite can run side by side.
/// </summary>
/// <remarks>
/// The node is started with its own foreground epmd on <see cref="EpmdPort"/> and
/// "-start_epmd false": otherwise Erlang spawns an "epmd -daemon" that outlives everything.
/// </remarks>
public sealed record RabbitMqNodeLayout(string DataDirectory, string NodeName, int AmqpPort, int DistPort, int EpmdPort)
{
    public const string User = "guest";
    public const string Password = "guest";

    /// <summary>A layout in <paramref name="dataDirectory"/> on free loopback ports.</summary>
    public static RabbitMqNodeLayout Create(string dataDirectory, string nodeName, int? amqpPort = null) =>
        new(Path.GetFullPath(dataDirectory), nodeName, amqpPort ?? LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), LoopbackPorts.FindFree());

    public string ConnectionString => $"amqp://{User}:{Password}@127.0.0.1:{AmqpPort}/";

    public string EpmdArguments => $"-port {Invariant(EpmdPort)} -address 127.0.0.1";

    /// <summary>Creates the folder and writes the node's configuration files.</summary>
    public void Prepare()
    {
        foreach (var dir in new[] { DataDirectory, Home, Path.Combine(DataDirectory, "mnesia"), Path.Combine(DataDirectory, "log") })
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllText(Path.Combine(DataDirectory, "enabled_plugins"), "[].\n");
        File.WriteAllText(Path.Combine(DataDirectory, "rabbitmq-env.conf"), string.Empty);
        File.WriteAllText(Path.Combine(DataDirectory, "rabbitmq.conf"),
            """
            # Written by Mc2cm.LocalRabbitMq for a private development/test node on loopback.
            disk_free_limit.absolute = 50MB
            log.console = true
            log.console.level = warning
            """);
    }

    /// <summary>The environment of the rabbitmq-server process.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["HOME"] = Home,
        ["RABBITMQ_NODENAME"] = $"{NodeName}@localhost",
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Invariant(AmqpPort),
        ["RABBITMQ_DIST_PORT"] = Invariant(DistPort),
        ["ERL_EPMD_PORT"] = Invariant(EpmdPort),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(DataDirectory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(DataDirectory, "log"),
        ["RABBITMQ_LOGS"] = "-",
        ["RABBITMQ_PID_FILE"] = Path.Combine(DataDirectory, "rabbitmq.pid"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(DataDirectory, "rabbitmq.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(DataDirectory, "enabled_plugins"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(DataDirectory, "rabbitmq-env.conf"),
        // Exec the Erlang VM directly (no wrapper shell): SIGTERM reaches the node, which stops cleanly.
        ["RABBITMQ_ALLOW_INPUT"] = "true",
        ["RABBITMQ_SERVER_START_ARGS"] = "-noinput",
        // No scheduler busy-waiting: by default an idle Erlang scheduler spins before it sleeps, which
        // on a shared 2-core machine burns CPU the services need (the bench counted it in the broker's
        // CPU per event); RabbitMQ's own guidance for shared hosts.
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-start_epmd false +sbwt none +sbwtdcpu none +sbwtdio none",
        // Every other Erlang VM run with this environment too (rabbitmqctl): one that finds no epmd
        // on the node's port would otherwise spawn an "epmd -daemon" there that outlives the run
        // (seen once after ./test.sh, left by a control call made while the node's epmd was gone).
        ["ERL_FLAGS"] = "-start_epmd false",
    };

    private string Home => Path.Combine(DataDirectory, "home");

    private static string Invariant(int port) => port.ToString(CultureInfo.InvariantCulture);
}
