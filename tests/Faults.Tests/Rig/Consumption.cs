using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>
/// What became of CityRegistered events in Knowledge, counted from its own database. An event is
/// consumed when both its handlers recorded its message id in the inbox and its effects are there
/// (a draft profile, a known city). A duplicate is an effect more than once: a second inbox
/// record of a message for a handler, or a second history entry of a new city's profile.
/// </summary>
public sealed record Consumption(int Sent, int Consumed, int Duplicates)
{
    public int Lost => Sent - Consumed;

    public bool IsComplete => Consumed == Sent;

    public static async Task<Consumption> CountAsync(
        KnowledgeDatabase knowledge, IReadOnlyCollection<CityEvent> events, string cityPrefix, CancellationToken cancellationToken)
    {
        var inbox = (await knowledge.InboxAsync(cancellationToken)).CountBy(r => r).ToDictionary();
        var history = await knowledge.ProfileHistoryAsync(cityPrefix, cancellationToken);
        var known = await knowledge.KnownCitiesAsync(cityPrefix, cancellationToken);

        var consumed = events.Count(e =>
            KnowledgeDatabase.CityRegisteredConsumers.All(c => inbox.ContainsKey((e.MessageId, c)))
            && history.ContainsKey(e.CityId) && known.Contains(e.CityId));
        var duplicates = events.Sum(e => KnowledgeDatabase.CityRegisteredConsumers.Sum(c => Math.Max(0, inbox.GetValueOrDefault((e.MessageId, c)) - 1)))
            + history.Values.Sum(entries => Math.Max(0, entries - 1));
        return new Consumption(events.Count, consumed, duplicates);
    }

    /// <summary>Counts until every event is consumed or <paramref name="timeout"/> passes; the last count either way.</summary>
    public static async Task<Consumption> WaitAsync(
        KnowledgeDatabase knowledge, IReadOnlyCollection<CityEvent> events, string cityPrefix, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var last = new Consumption(events.Count, 0, 0);
        try
        {
            await Poll.UntilAsync(async () => (last = await CountAsync(knowledge, events, cityPrefix, cancellationToken)).IsComplete,
                timeout, $"{events.Count} events to be consumed", cancellationToken);
        }
        catch (TimeoutException)
        {
            // The figures tell what is missing; the test's assertions fail on them.
        }

        return last;
    }

    public override string ToString() => $"sent={Sent} consumed={Consumed} duplicates={Duplicates} lost={Lost}";
}
