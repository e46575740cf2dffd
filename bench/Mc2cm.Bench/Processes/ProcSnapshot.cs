using System.Globalization;

namespace Mc2cm.Bench.Processes;

/// <summary>
/// One scan of Linux's /proc: every process's parent, CPU time and resident memory, so the CPU
/// and memory of a process tree (nginx's workers, the Erlang VM's helpers) are read at one moment.
/// </summary>
public sealed class ProcSnapshot
{
    /// <summary>Clock ticks per second of /proc/[pid]/stat times (USER_HZ: 100 on Linux).</summary>
    private const double TicksPerSecond = 100;
    private const long PageBytes = 4096;

    private readonly Dictionary<int, Stat> _stats;

    private ProcSnapshot(Dictionary<int, Stat> stats) => _stats = stats;

    public static ProcSnapshot Take()
    {
        var stats = new Dictionary<int, Stat>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ReadStat(pid) is { } stat)
            {
                stats[pid] = stat;
            }
        }

        return new ProcSnapshot(stats);
    }

    /// <summary>The root (when alive) and all its live descendants.</summary>
    public IReadOnlyList<int> TreeOf(int root)
    {
        var found = new List<int>();
        if (_stats.ContainsKey(root))
        {
            found.Add(root);
        }

        for (var i = 0; i < found.Count; i++)
        {
            var parent = found[i];
            found.AddRange(_stats.Where(s => s.Value.ParentPid == parent).Select(s => s.Key));
        }

        return found;
    }

    /// <summary>CPU seconds (user + system) the processes used so far, and their resident memory now.</summary>
    public ProcessUsage Usage(IEnumerable<int> pids, bool withWaitedChildren = false)
    {
        double cpu = 0;
        long rss = 0;
        foreach (var pid in pids)
        {
            if (_stats.TryGetValue(pid, out var stat))
            {
                cpu += (stat.OwnTicks + (withWaitedChildren ? stat.ChildTicks : 0)) / TicksPerSecond;
                rss += stat.ResidentPages * PageBytes;
            }
        }

        return new ProcessUsage(cpu, rss);
    }

    /// <summary>
    /// The CPU seconds so far of each live thread named ".NET Tiered Compilation" (15 characters kept)
    /// in the processes, by thread id: the JIT recompiling hot methods to their optimized tier. The
    /// thread ends when idle for a few seconds and a new one starts when needed, so callers follow ids.
    /// </summary>
    public static Dictionary<int, double> TieredCompilationThreads(IEnumerable<int> pids)
    {
        var threads = new Dictionary<int, double>();
        foreach (var pid in pids)
        {
            try
            {
                foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
                {
                    if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n') == ".NET Tiered Com"
                        && int.TryParse(Path.GetFileName(task), NumberStyles.None, CultureInfo.InvariantCulture, out var tid)
                        && ReadTicks(Path.Combine(task, "stat")) is { } ticks)
                    {
                        threads[tid] = ticks / TicksPerSecond;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process or the thread ended meanwhile.
            }
        }

        return threads;
    }

    private static long? ReadTicks(string statFile)
    {
        var text = File.ReadAllText(statFile);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[14 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[15 - 3], CultureInfo.InvariantCulture);
    }

    /// <summary>The process's start time in clock ticks since boot: with the pid, it names one process for good.</summary>
    public static long? StartTicks(int pid) => ReadStat(pid)?.StartTicks;

    private static Stat? ReadStat(int pid)
    {
        string text, statm;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
            statm = File.ReadAllText($"/proc/{pid}/statm");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: the fields after it split plainly.
        // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17, starttime 22.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        var resident = long.Parse(statm.Split(' ')[1], CultureInfo.InvariantCulture);
        return new Stat((int)Field(4), Field(14) + Field(15), Field(16) + Field(17), Field(22), resident);
    }

    private sealed record Stat(int ParentPid, long OwnTicks, long ChildTicks, long StartTicks, long ResidentPages);
}

/// <summary>CPU seconds used so far and resident memory now.</summary>
public readonly record struct ProcessUsage(double CpuSeconds, long ResidentBytes);
