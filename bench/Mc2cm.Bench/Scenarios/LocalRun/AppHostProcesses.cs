using System.Globalization;
using Mc2cm.Bench.Processes;

namespace Mc2cm.Bench.Scenarios.LocalRun;

/// <summary>
/// The processes of a running AppHost, named by what they are: "apphost", "dcp" (the
/// orchestrator, its controllers and process monitors), "dashboard", "rabbitmq" (the node, epmd and
/// the Erlang helpers), each project by its resource name ("cities", "gateway"…), from /proc's
/// command lines. DCP detaches from the AppHost (its parent is init), so its tree — where every
/// resource runs — is found by the AppHost's pid it monitors.
/// </summary>
public static class AppHostProcesses
{
    private static readonly (string Marker, string Name)[] Projects =
    [
        ("Mc2cm.AppHost", "apphost"), ("Aspire.Dashboard", "dashboard"), ("Mc2cm.Cities", "cities"), ("Mc2cm.Knowledge", "knowledge"),
        ("Mc2cm.Dialogue", "dialogue"), ("Mc2cm.Action", "action"), ("Mc2cm.Gateway", "gateway"), ("Mc2cm.Identity", "identity"), ("Mc2cm.Web", "web"),
    ];

    /// <summary>What the process <paramref name="pid"/> is, or null when it ended.</summary>
    public static string? NameOf(int pid)
    {
        string[] arguments;
        try
        {
            arguments = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (arguments.Length == 0)
        {
            return null;
        }

        var program = Path.GetFileName(arguments[0]);
        var line = string.Join(' ', arguments);
        if (program.StartsWith("dcp", StringComparison.Ordinal))
        {
            return "dcp";
        }

        if (program is "epmd" or "beam.smp" or "erl_child_setup" or "inet_gethost" or "heart" || line.Contains("rabbitmq", StringComparison.Ordinal))
        {
            return "rabbitmq";
        }

        // A project is launched by `dotnet run --no-build`, which evaluates the project and then starts its app.
        var launcher = program == "dotnet" && arguments.Length > 1 && arguments[1] == "run" ? " (dotnet run)" : string.Empty;
        return Projects.FirstOrDefault(p => line.Contains(p.Marker, StringComparison.Ordinal)).Name is { } name ? name + launcher : $"other ({program})";
    }

    /// <summary>Follows the AppHost's processes from its start: when each kind of process was first seen running.</summary>
    public static LaunchTimes Launches(int apphostPid) => new(apphostPid);

    /// <summary>The AppHost's process and DCP's, with all their descendants.</summary>
    public static IEnumerable<int> All(ProcSnapshot snapshot, int apphostPid) =>
        snapshot.TreeOf(apphostPid).Concat(Dcp(apphostPid).SelectMany(snapshot.TreeOf)).Distinct();

    /// <summary>CPU seconds used so far by the AppHost's processes, by name (each process's own time).</summary>
    public static Dictionary<string, double> CpuSeconds(int apphostPid)
    {
        var snapshot = ProcSnapshot.Take();
        var byName = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pid in All(snapshot, apphostPid))
        {
            if (NameOf(pid) is { } name)
            {
                byName[name] = byName.GetValueOrDefault(name) + snapshot.Usage([pid]).CpuSeconds;
            }
        }

        return byName;
    }

    /// <summary>DCP's API server started for this AppHost: "dcp start-apiserver --monitor {pid} …".</summary>
    private static List<int> Dcp(int apphostPid)
    {
        var monitor = $"\0--monitor\0{apphostPid.ToString(CultureInfo.InvariantCulture)}\0";
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                try
                {
                    var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline"));
                    if (cmdline.Contains("start-apiserver", StringComparison.Ordinal) && cmdline.Contains(monitor, StringComparison.Ordinal))
                    {
                        found.Add(pid);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Ended meanwhile, or not ours to read.
                }
            }
        }

        return found;
    }

    /// <summary>Per name, the CPU seconds between two readings (a process that ended between them is missed).</summary>
    public static Dictionary<string, double> Difference(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after) =>
        after.ToDictionary(a => a.Key, a => Math.Max(0, a.Value - before.GetValueOrDefault(a.Key)), StringComparer.Ordinal);
}

/// <summary>When each kind of process under the AppHost started, in seconds after the AppHost (from /proc start times).</summary>
public sealed class LaunchTimes(int apphostPid)
{
    private const double TicksPerSecond = 100;
    private readonly long _apphostStart = ProcSnapshot.StartTicks(apphostPid) ?? 0;
    private readonly Dictionary<string, double> _firstSeen = new(StringComparer.Ordinal);
    private readonly HashSet<int> _seen = [];

    public IReadOnlyDictionary<string, double> FirstSeen => _firstSeen;

    public void Look()
    {
        foreach (var pid in AppHostProcesses.All(ProcSnapshot.Take(), apphostPid))
        {
            if (_seen.Add(pid) && AppHostProcesses.NameOf(pid) is { } name && ProcSnapshot.StartTicks(pid) is { } ticks)
            {
                var after = Math.Round((ticks - _apphostStart) / TicksPerSecond, 2);
                _firstSeen[name] = Math.Min(_firstSeen.GetValueOrDefault(name, double.MaxValue), after);
            }
        }
    }

    public override string ToString() =>
        string.Join(", ", _firstSeen.OrderBy(s => s.Value).Select(s => $"{s.Key} {s.Value.ToString("0.0", CultureInfo.InvariantCulture)} s"));
}
