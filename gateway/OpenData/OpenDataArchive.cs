using System.IO.Compression;
using System.Text;
using Google.Protobuf;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Contracts.Knowledge.V1;
using Microsoft.Extensions.Options;

namespace Mc2cm.Gateway.OpenData;

/// <summary>
/// The open-data download: one zip of CSV files of everything public, with a README of the
/// columns and the licence. Every list is read from its service as an anonymous caller reads it,
/// so only published data gets in (drafts, proposed priorities, registrations never do).
/// </summary>
public sealed class OpenDataArchive(
    CitiesService.CitiesServiceClient cities, NetworkService.NetworkServiceClient network,
    IndicatorsService.IndicatorsServiceClient indicators, ObservationsService.ObservationsServiceClient observations,
    MeetingsService.MeetingsServiceClient meetings, OutcomesService.OutcomesServiceClient outcomes,
    PrioritiesService.PrioritiesServiceClient priorities, CallsService.CallsServiceClient calls,
    ActionsService.ActionsServiceClient actions, IOptions<OpenDataOptions> options, TimeProvider clock)
{
    /// <summary>The most items a service answers in one page.</summary>
    private const int PageSize = 100;

    public async Task<byte[]> BuildAsync(CancellationToken cancellationToken)
    {
        var tables = new List<OpenDataTable>
        {
            await ReadAsync("cities.csv", "The network's cities, their membership of the programme's phases.", City.Descriptor, async token =>
            {
                var page = await cities.ListCitiesAsync(new() { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
                return (page.Cities, page.NextPageToken);
            }),
            await ReadAsync("phases.csv", "The programme's phases.", Phase.Descriptor, async token =>
            {
                var page = await network.ListPhasesAsync(new() { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
                return (page.Phases, page.NextPageToken);
            }),
            await ReadAsync("partners.csv", "The programme's partners.", Partner.Descriptor, async token =>
            {
                var page = await network.ListPartnersAsync(new() { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
                return (page.Partners, page.NextPageToken);
            }),
            await ReadAsync("indicators.csv", "The indicators the city migration profiles report.", Indicator.Descriptor, async token =>
            {
                var page = await indicators.ListIndicatorsAsync(new() { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
                return (page.Indicators, page.NextPageToken);
            }),
            await ReadAsync("observations.csv", "Each city's figures and declared data gaps, with their year and source; retracted figures are left out.", Observation.Descriptor, async token =>
            {
                var page = await observations.ListObservationsAsync(new() { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
                return (page.Observations, page.NextPageToken);
            }),
            await ReadAsync("meetings.csv", "The Dialogue component's meetings and conferences.", Meeting.Descriptor, async token =>
            {
                var page = await meetings.ListMeetingsAsync(new() { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
                return (page.Meetings, page.NextPageToken);
            }),
            await ReadAsync("recommendations.csv", "The recommendations the meetings adopted.", Recommendation.Descriptor, async token =>
            {
                var page = await outcomes.ListRecommendationsAsync(new() { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
                return (page.Recommendations, page.NextPageToken);
            }),
            await ReadAsync("priorities.csv", "The priorities the cities adopted, with their evidence.", Priority.Descriptor, async token =>
            {
                var page = await priorities.ListPrioritiesAsync(new() { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
                return (page.Priorities, page.NextPageToken);
            }),
            await ReadAsync("calls.csv", "The calls for Targeted City Actions, once open.", Call.Descriptor, async token =>
            {
                var page = await calls.ListCallsAsync(new() { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
                return (page.Calls, page.NextPageToken);
            }),
            await ReadAsync("funded-actions.csv", "The funded city actions and their progress.", FundedAction.Descriptor, async token =>
            {
                var page = await actions.ListActionsAsync(new() { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
                return (page.Actions, page.NextPageToken);
            }),
        };

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "README.md", Encoding.UTF8.GetBytes(Readme(tables)));
            foreach (var table in tables)
            {
                Write(archive, table.FileName, table.ToUtf8());
            }
        }

        return zip.ToArray();
    }

    private static async Task<OpenDataTable> ReadAsync<T>(
        string fileName, string description, Google.Protobuf.Reflection.MessageDescriptor message,
        Func<string, Task<(Google.Protobuf.Collections.RepeatedField<T> Items, string NextPageToken)>> page)
        where T : IMessage<T>
    {
        var table = new OpenDataTable(fileName, description, message);
        var token = string.Empty;
        do
        {
            var (items, next) = await page(token);
            foreach (var item in items)
            {
                table.Add(item);
            }

            token = next;
        }
        while (token.Length > 0);
        return table;
    }

    /// <summary>Writes an entry; the archive is in memory, so there is nothing to wait for.</summary>
    private static void Write(ZipArchive archive, string name, byte[] content)
    {
        using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }

    private string Readme(IReadOnlyList<OpenDataTable> tables)
    {
        var text = new StringBuilder();
        text.AppendLine("# MC2CM open data")
            .AppendLine()
            .AppendLine($"Everything the MC2CM suite publishes, as it stood on {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC: published data only, no personal data.")
            .AppendLine()
            .AppendLine($"Licence: {options.Value.Licence}")
            .AppendLine()
            .AppendLine("Every file is CSV (RFC 4180, UTF-8, a header row). A column is a field of the suite's API (`services/Contracts/protos`),")
            .AppendLine("named by its path (`display_name.fr`); a list is one cell, its items separated by \"; \"; dates are `yyyy-MM-dd`,")
            .AppendLine("times UTC, amounts `<number> <currency>`. A text cell that starts like a spreadsheet formula starts with an apostrophe.")
            .AppendLine();
        foreach (var table in tables)
        {
            text.AppendLine($"## {table.FileName}")
                .AppendLine()
                .AppendLine($"{table.Description} {table.RowCount} rows.")
                .AppendLine()
                .AppendLine(string.Join(", ", table.ColumnNames.Select(c => $"`{c}`")))
                .AppendLine();
        }

        return text.ToString();
    }
}
