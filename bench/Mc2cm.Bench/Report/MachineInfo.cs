using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Mc2cm.Bench.Report;

/// <summary>The machine the figures come from, and how busy it was around the run.</summary>
public sealed record MachineInfo(
    int Cores, string CpuModel, double MemoryGiB, string Os, string Runtime, string Commit,
    string Nginx, string Wrk, string LoadAverageAtStart, string LoadAverageAtEnd, double DiskCommitMs)
{
    public static MachineInfo Read(string repositoryRoot, string loadAverageAtStart, double diskCommitMs) => new(
        Environment.ProcessorCount,
        FirstValue("/proc/cpuinfo", "model name") ?? "unknown",
        Math.Round(double.Parse(FirstValue("/proc/meminfo", "MemTotal")?.Split(' ')[0] ?? "0", System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024, 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        ReadCommit(repositoryRoot),
        Run("/usr/sbin/nginx", ["-v"]),
        Run("/usr/bin/wrk", ["-v"]).Split('\n')[0],
        loadAverageAtStart,
        LoadAverage(),
        diskCommitMs);

    /// <summary>The 1, 5 and 15 minute load averages: above the core count, other work competed with the run.</summary>
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>The checkout's commit; a copy without git (e.g. a baseline exported to a folder) says so.</summary>
    private static string ReadCommit(string repositoryRoot)
    {
        var commit = Run("git", ["-C", repositoryRoot, "rev-parse", "--short", "HEAD"]);
        return commit.StartsWith("fatal", StringComparison.Ordinal) ? "none (not a git checkout)"
            : commit + (Run("git", ["-C", repositoryRoot, "status", "--porcelain"]).Length > 0 ? " (with local changes)" : string.Empty);
    }

    private static string? FirstValue(string file, string key) =>
        File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim();

    private static string Run(string program, string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not installed";
        }
    }
}
