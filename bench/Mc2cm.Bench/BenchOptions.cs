namespace Mc2cm.Bench;

/// <summary>The command line: bench/run.sh [--quick] [--only PARTS] [--levels LIST] [--calls LIST] [--event-rates LIST] [--event-warmup S] [--note TEXT] [--baseline FILE.json] [--keep] [--no-apphost].</summary>
public sealed record BenchOptions(
    bool Quick, string RepositoryRoot, string ResultsFolder, string? Note, string? Baseline, bool Keep, bool AppHost, string? RunFolder, bool Help,
    IReadOnlySet<string> Parts, IReadOnlyList<int>? Levels = null, IReadOnlySet<string>? Calls = null)
{
    /// <summary>The event path's offered rates instead of 200,1000.</summary>
    public IReadOnlyList<int>? EventRates { get; init; }

    /// <summary>The event path's warm-up before each rate's window instead of 10 s (1 s with --quick).</summary>
    public TimeSpan? EventWarmup { get; init; }

    /// <summary>The scenario groups --only may name.</summary>
    public static readonly IReadOnlyList<string> AllParts = ["reads", "overview", "events", "portal", "local"];

    public const string Usage = """
        bench/run.sh [options]      builds in Release, runs every scenario, writes bench/results/<date>.md and .json
          --quick                   short windows (a minute or two): checks the harness; figures are not to quote
          --only PARTS              some of reads,overview,events,portal,local (comma-separated), to look at one thing; the
                                    cold start of the bench processes is always measured; local: ./run.sh's AppHost (its
                                    cold start, and telemetry's CPU at each trace sample ratio)
          --levels LIST             concurrency levels of the reads and the overview instead of 1,16,64 (e.g. 1,16)
          --calls LIST              which reads to compare: some of GetCity,ListCities (default both)
          --event-rates LIST        the event path's offered rates (events/s) instead of 200,1000
          --event-warmup SECONDS    writes (at most 200/s) before each rate's window instead of 10 s: a longer one
                                    measures the steady state (e.g. 30: 6,000 events, every hot method compiled)
          --note TEXT               a line written at the top of the results (what changed, how busy the machine was)
          --baseline FILE.json      an earlier run's .json: the results show its key figures next to this run's
          --no-apphost              skip the AppHost (cold start, telemetry) (it needs the README's fixed ports free)
          --keep                    keep the run folder (logs, databases, nginx.conf) after a successful run
          --run-folder DIR          where the run keeps its files (bench/run.sh passes one; default: a new temp folder)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var root = FindRepositoryRoot();
        string? note = null, baseline = null, runFolder = null;
        bool quick = false, keep = false, appHost = true, help = false;
        var parts = AllParts.ToHashSet(StringComparer.Ordinal);
        List<int>? levels = null, eventRates = null;
        TimeSpan? eventWarmup = null;
        HashSet<string>? calls = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--keep": keep = true; break;
                case "--no-apphost": appHost = false; break;
                case "--help" or "-h": help = true; break;
                case "--run-folder" when i + 1 < args.Length: runFolder = Path.GetFullPath(args[++i]); break;
                case "--note" when i + 1 < args.Length: note = args[++i]; break;
                case "--only" when i + 1 < args.Length: parts = ReadParts(args[++i]); break;
                case "--levels" when i + 1 < args.Length: levels = ReadPositives(args[++i], "--levels", "1,16"); break;
                case "--event-rates" when i + 1 < args.Length: eventRates = ReadPositives(args[++i], "--event-rates", "200,500"); break;
                case "--event-warmup" when i + 1 < args.Length: eventWarmup = ReadPositives(args[++i], "--event-warmup", "30") is [var seconds]
                    ? TimeSpan.FromSeconds(seconds) : throw new ArgumentException($"--event-warmup takes one number of seconds.\n{Usage}"); break;
                case "--calls" when i + 1 < args.Length: calls = ReadList(args[++i], "--calls", ReadCalls); break;
                case "--baseline" when i + 1 < args.Length: baseline = Path.GetFullPath(args[++i]); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.\n{Usage}");
            }
        }

        return new BenchOptions(quick, root, Path.Combine(root, "bench", "results"), note, baseline, keep, appHost, runFolder, help, parts, levels, calls)
        {
            EventRates = eventRates,
            EventWarmup = eventWarmup,
        };
    }

    public bool Runs(string part) => Parts.Contains(part);

    /// <summary>The reads --calls may name.</summary>
    public static readonly IReadOnlyList<string> ReadCalls = ["GetCity", "ListCities"];

    private static HashSet<string> ReadParts(string list) => ReadList(list, "--only", AllParts);

    private static HashSet<string> ReadList(string list, string option, IReadOnlyList<string> allowed)
    {
        var parts = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (parts.Count == 0 || !parts.IsSubsetOf(allowed))
        {
            throw new ArgumentException($"{option} takes some of {string.Join(",", allowed)}.\n{Usage}");
        }

        return parts;
    }

    private static List<int> ReadPositives(string list, string option, string example)
    {
        var numbers = new List<int>();
        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                throw new ArgumentException($"{option} takes positive numbers, e.g. {example}.\n{Usage}");
            }

            numbers.Add(number);
        }

        return numbers.Count > 0 ? numbers : throw new ArgumentException($"{option} takes positive numbers, e.g. {example}.\n{Usage}");
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MC2CM.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the bench from the repository (no MC2CM.sln found above the current folder).");
    }
}
