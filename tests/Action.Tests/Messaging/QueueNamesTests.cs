using Mc2cm.BuildingBlocks.Messaging;
using Mc2cm.Cities;
using Mc2cm.Dialogue;
using Mc2cm.Knowledge;
using Mc2cm.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.Action.Tests.Messaging;

/// <summary>
/// The queues the four services declare are exactly those docs/queues.md lists. A queue's name is
/// its address on the broker: a name that changes silently abandons the messages of the old queue.
/// </summary>
public sealed class QueueNamesTests
{
    private static readonly string ListFile = Path.Combine(RepositoryRoot.Path, "docs", "queues.md");

    private const string HowToRename =
        "A queue's name is its address on the broker: a queue renamed or dropped leaves its messages (and those of its " +
        "_error queue) behind. Keep the name, or follow \"Renaming a queue\" in docs/queues.md: change the row there and " +
        "list the old name under \"Retired queues\" with how its messages are moved.";

    [Fact]
    public void Every_declared_queue_is_listed_and_every_listed_queue_is_declared()
    {
        var declared = Declared().Select(q => q.Name).ToHashSet();
        var listed = Table("Queues").Select(row => row[0]).ToHashSet();

        var unlisted = declared.Except(listed).Order().ToList();
        var gone = listed.Except(declared).Order().ToList();
        Assert.True(unlisted.Count == 0 && gone.Count == 0,
            $"Declared but not in docs/queues.md: [{string.Join(", ", unlisted)}]; listed but declared by no service: [{string.Join(", ", gone)}]. {HowToRename}");
    }

    [Fact]
    public void The_list_names_each_queue_s_handler_and_events()
    {
        var declared = Declared().GroupBy(q => q.Name).ToDictionary(
            g => g.Key, g => (Handler: g.First().Handler.Name, Events: string.Join(", ", g.Select(q => q.Event.Name).Order())));
        foreach (var row in Table("Queues").Where(row => declared.ContainsKey(row[0])))
        {
            var events = string.Join(", ", row[2].Split(',', StringSplitOptions.TrimEntries).Order());
            Assert.True((row[1], events) == declared[row[0]],
                $"docs/queues.md lists {row[0]} as ({row[1]}: {events}); the service declares {declared[row[0]]}. Update the row.");
        }
    }

    [Fact]
    public void No_two_handlers_share_a_queue()
    {
        var shared = Declared().GroupBy(q => q.Name).Where(g => g.Select(q => q.Handler).Distinct().Count() > 1).Select(g => g.Key).ToList();

        Assert.True(shared.Count == 0, $"Queues with more than one handler: {string.Join(", ", shared)}; each would take the other's messages.");
    }

    [Fact]
    public void A_retired_queue_is_declared_no_more_and_says_how_its_messages_were_moved()
    {
        var declared = Declared().Select(q => q.Name).ToHashSet();
        foreach (var row in Table("Retired queues"))
        {
            Assert.DoesNotContain(row[0], declared);
            Assert.False(string.IsNullOrWhiteSpace(row[1]) || string.IsNullOrWhiteSpace(row[2]),
                $"Retired queue {row[0]}: give the date and how its messages were moved. {HowToRename}");
        }
    }

    /// <summary>What the services register, with their own names (no test prefix) and no broker.</summary>
    private static List<DeclaredQueue> Declared() =>
    [
        .. Registered(b => b.AddCitiesService(), CitiesServiceExtensions.DatabaseName),
        .. Registered(b => b.AddKnowledgeService(), KnowledgeServiceExtensions.DatabaseName),
        .. Registered(b => b.AddDialogueService(), DialogueServiceExtensions.DatabaseName),
        .. Registered(b => b.AddActionService(), ActionServiceExtensions.DatabaseName),
    ];

    private static IEnumerable<DeclaredQueue> Registered(System.Action<IHostApplicationBuilder> addService, string database)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{database}"] = "Data Source=:memory:" });
        addService(builder);
        return builder.Services.Where(d => d.ServiceType == typeof(DeclaredQueue)).Select(d => (DeclaredQueue)d.ImplementationInstance!);
    }

    /// <summary>The rows of the table under "## {heading}", cells without their backticks.</summary>
    private static List<string[]> Table(string heading)
    {
        var rows = File.ReadLines(ListFile)
            .SkipWhile(line => line != $"## {heading}")
            .Skip(1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Where(line => line.StartsWith('|'))
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim().Replace("`", string.Empty, StringComparison.Ordinal)).ToArray())
            .Skip(2)
            .ToList();
        Assert.True(heading == "Retired queues" || rows.Count > 0, $"docs/queues.md has no table under \"## {heading}\".");
        return rows;
    }
}
