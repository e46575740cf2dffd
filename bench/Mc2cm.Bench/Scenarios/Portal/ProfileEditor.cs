using System.Collections.Concurrent;
using System.Net;
using Mc2cm.Bench.Load;

namespace Mc2cm.Bench.Scenarios.Portal;

/// <summary>
/// The portal at work, signed in (issue 14): the profile draft editor's section form as Sfax's
/// focal point opens it (wrk with the person's cookie), and the save of that section as a
/// coordinator posts it — each post a real write, with the version just read: a caller takes a
/// city of its own, reads the form (untimed: its etag, submission id, antiforgery token) and
/// posts it (timed, to the portal's redirect), so no two callers write the same profile at once.
/// </summary>
public sealed class ProfileEditor(Uri portal, ScenarioSettings settings, MeasuredLoad measured, Wrk wrk)
{
    public const string EditorPage = "ProfileEditorPage";
    public const string SectionSave = "ProfileSectionSave";
    public const string PostProtocol = "HTML form post";

    private const string FocalPoint = "sfax-focal-point";
    private const string Coordinator = "coordinator";
    private const string SectionForm = "data-testid=\"section-form\"";

    /// <summary>Seeded cities (each has a profile), one for each caller at the highest concurrency.</summary>
    private static readonly string[] Cities =
    [
        "amman", "beirut", "lisbon", "lyon", "madrid", "tangier", "tunis", "turin", "vienna", "sfax",
        "sousse", "casablanca", "rabat", "fes", "algiers", "oran", "tripoli", "sabha", "seville", "grenoble",
    ];

    private static string EditorPath(string city) => $"/profiles/{city}/draft/synopsis";

    public async Task<(List<OverviewAvailability> Availability, List<Measurement> Measurements)> RunAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        var availability = new List<OverviewAvailability>();
        var results = new List<Measurement>();
        PortalSession focalPoint, coordinator;
        try
        {
            focalPoint = await PortalSession.SignInAsync(portal, FocalPoint, cancellationToken);
            coordinator = await PortalSession.SignInAsync(portal, Coordinator, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
        {
            availability.Add(new OverviewAvailability(EditorPage, false, $"not measured: {e.Message}"));
            availability.Add(new OverviewAvailability(SectionSave, false, $"not measured: {e.Message}"));
            progress($"{EditorPage}, {SectionSave}: not measured: {e.Message}");
            return (availability, results);
        }

        using var focalPointSession = focalPoint;
        using var coordinatorSession = coordinator;

        var page = new Uri(portal, EditorPath("sfax"));
        var pageProbe = await ProbePageAsync(focalPoint, page, cancellationToken);
        availability.Add(pageProbe);
        progress($"{EditorPage}: {pageProbe.Note}");
        if (pageProbe.Available)
        {
            var cookie = new Dictionary<string, string> { ["Cookie"] = focalPoint.CookieHeader };
            await wrk.RunAsync(page, PortalPages.Concurrency[^1], TimeSpan.Zero, settings.JitWarmup, null, cancellationToken, cookie);
            foreach (var concurrency in PortalPages.Concurrency)
            {
                var (load, resources, loads) = await measured.RunAsync(measuring => wrk.RunAsync(page, concurrency, settings.Warmup, settings.Measure, measuring, cancellationToken, cookie));
                results.Add(Report(progress, EditorPage, PortalPages.Protocol, concurrency, load, resources) with { Loads = loads });
            }
        }

        var free = new ConcurrentQueue<string>(Cities);
        var saves = 0;
        Func<CancellationToken, Task<Func<CancellationToken, Task>>> save = async ct =>
        {
            if (!free.TryDequeue(out var city))
            {
                throw new InvalidOperationException("More callers than cities to save.");
            }

            try
            {
                var post = await ReadFormAsync(coordinator, city, Interlocked.Increment(ref saves), ct);
                return async timed =>
                {
                    try
                    {
                        await PostAsync(coordinator, city, post, timed);
                    }
                    finally
                    {
                        free.Enqueue(city);
                    }
                };
            }
            catch
            {
                free.Enqueue(city);
                throw;
            }
        };

        var saveProbe = await ProbeSaveAsync(save, cancellationToken);
        availability.Add(saveProbe);
        progress($"{SectionSave}: {saveProbe.Note}");
        if (saveProbe.Available)
        {
            await ClosedLoop.RunAsync(save, PortalPages.Concurrency[^1], TimeSpan.Zero, settings.JitWarmup, null, cancellationToken);
            foreach (var concurrency in PortalPages.Concurrency)
            {
                var (load, resources, loads) = await measured.RunAsync(measuring => ClosedLoop.RunAsync(save, concurrency, settings.Warmup, settings.Measure, measuring, cancellationToken));
                results.Add(Report(progress, SectionSave, PostProtocol, concurrency, load, resources) with { Loads = loads });
            }
        }

        return (availability, results);
    }

    private static Measurement Report(Action<string> progress, string scenario, string protocol, int concurrency, LoadResult load, IReadOnlyList<Processes.ProcessFigures> resources)
    {
        progress($"{scenario} c={concurrency}: {load.Throughput:0}/s, p50 {load.Latency.P50:0.00} ms, p95 {load.Latency.P95:0.00} ms, " +
            $"p99 {load.Latency.P99:0.00} ms, errors {load.Errors}{(load.FirstError is null ? string.Empty : $" ({load.FirstError})")}");
        return new Measurement(scenario, protocol, PortalPages.Target, concurrency, load, resources);
    }

    /// <summary>The section form as read now: its antiforgery token, submission id and etag, with a new synopsis typed in.</summary>
    private static async Task<FormUrlEncodedContent> ReadFormAsync(PortalSession session, string city, int save, CancellationToken cancellationToken)
    {
        using var response = await session.Http.GetAsync(EditorPath(city), cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains(SectionForm, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GET {EditorPath(city)} answered {(int)response.StatusCode} without the section form.");
        }

        var hidden = PortalSession.HiddenFields(html);
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "profile-section",
            ["__RequestVerificationToken"] = hidden["__RequestVerificationToken"],
            ["Form.Submission"] = hidden["Form.Submission"],
            ["Form.Etag"] = hidden["Form.Etag"],
            ["Form.Synopsis.En"] = $"Bench save {save} of the synopsis of {city}.",
        });
    }

    /// <summary>A save is a redirect to the draft saying so; anything else (a refusal shown in the form, a stale version) fails.</summary>
    private static async Task PostAsync(PortalSession session, string city, FormUrlEncodedContent form, CancellationToken cancellationToken)
    {
        using (form)
        using (var response = await session.Http.PostAsync(EditorPath(city), form, cancellationToken))
        {
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("saved=synopsis", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"POST {EditorPath(city)} answered {(int)response.StatusCode} {response.Headers.Location}, not the redirect of a save.");
            }
        }
    }

    private static async Task<OverviewAvailability> ProbePageAsync(PortalSession session, Uri page, CancellationToken cancellationToken)
    {
        using var response = await session.Http.GetAsync(page, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK && html.Contains(SectionForm, StringComparison.Ordinal)
            ? new OverviewAvailability(EditorPage, true, $"GET {page.PathAndQuery} signed in as {FocalPoint}: the section form rendered; measured with the person's cookie")
            : new OverviewAvailability(EditorPage, false, $"not measured: GET {page.PathAndQuery} signed in as {FocalPoint} answered {(int)response.StatusCode} without the section form");
    }

    private static async Task<OverviewAvailability> ProbeSaveAsync(Func<CancellationToken, Task<Func<CancellationToken, Task>>> save, CancellationToken cancellationToken)
    {
        try
        {
            await (await save(cancellationToken))(cancellationToken);
            return new OverviewAvailability(SectionSave, true,
                $"POST {EditorPath("{city}")} signed in as {Coordinator}, one city per caller, the form read just before (untimed); timed to the portal's redirect");
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
        {
            return new OverviewAvailability(SectionSave, false, $"not measured: {e.Message}");
        }
    }
}
