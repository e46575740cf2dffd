using System.Diagnostics.CodeAnalysis;

namespace Mc2cm.ErrorQueues;

/// <summary>What the command line asked for.</summary>
public sealed record Invocation(string Verb, string? Queue, string? MessageId, bool DryRun, string? Broker)
{
    private static readonly string[] Verbs = ["list", "inspect", "replay"];

    public static bool TryParse(string[] args, [NotNullWhen(true)] out Invocation? invocation, [NotNullWhen(false)] out string? problem)
    {
        invocation = null;
        if (args.Length == 0 || !Verbs.Contains(args[0]))
        {
            problem = $"Say what to do: {string.Join(", ", Verbs)}.";
            return false;
        }

        string? queue = null, id = null, broker = null;
        var dryRun = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--id" when i + 1 < args.Length:
                    id = args[++i];
                    break;
                case "--broker" when i + 1 < args.Length:
                    broker = args[++i];
                    break;
                case var positional when !positional.StartsWith("--", StringComparison.Ordinal) && queue is null:
                    queue = positional;
                    break;
                default:
                    problem = $"Unexpected argument '{args[i]}'.";
                    return false;
            }
        }

        problem = (args[0], queue, id, dryRun) switch
        {
            ("list", not null, _, _) or ("list", _, not null, _) => "list takes no queue and no --id.",
            (not "list", null, _, _) => $"{args[0]} needs the _error queue to read.",
            (not "list", { } q, _, _) when !q.EndsWith(ParkedQueue.ErrorSuffix, StringComparison.Ordinal) => $"'{q}' is not an error queue (its name ends with {ParkedQueue.ErrorSuffix}).",
            (not "replay", _, _, true) => "--dry-run belongs to replay.",
            _ => null,
        };
        if (problem is not null)
        {
            return false;
        }

        invocation = new Invocation(args[0], queue, id, dryRun, broker);
        return true;
    }
}
