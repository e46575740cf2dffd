namespace Mc2cm.LocalRabbitMq;

/// <summary>Where Debian's rabbitmq-server package puts the programs a private node needs.</summary>
public static class RabbitMqInstallation
{
    /// <summary>The server script that runs as the calling user (/usr/sbin/rabbitmq-server switches to user rabbitmq).</summary>
    public const string ServerPath = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>The control tool, to manage a running node (virtual hosts, permissions).</summary>
    public const string CtlPath = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    public const string InstallCommand = "sudo apt-get install -y rabbitmq-server";

    public static string EpmdPath => FindOnPath("epmd") ?? "/usr/bin/epmd";

    public static bool IsInstalled => File.Exists(ServerPath) && FindOnPath("epmd") is not null;

    /// <summary>Fails with the exact command to run when RabbitMQ is missing.</summary>
    public static void EnsureInstalled()
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not installed ({ServerPath} or epmd is missing). Install it with: {InstallCommand}  " +
                "(or run ./run.sh, which installs it), or point the suite at another broker (see docs/operations.md: Configuration).");
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/lib/erlang/bin")
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
