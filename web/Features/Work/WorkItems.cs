using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Common.V1;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Components.Shared;

namespace Mc2cm.Web.Features.Work;

/// <summary>
/// What waits for a person, read from the services' answers: kept apart from the page so each
/// rule (a returned draft, an application not yet scored by this evaluator, a meeting past its
/// first day and not held) can be tested without a browser. The links are the pages where the
/// work is done.
/// </summary>
public static class WorkItems
{
    public static string ProfileEditor(string cityId) => $"/profiles/{cityId}/draft";

    public static string ProfileReview(string cityId) => $"/profiles/{cityId}/review";

    public static string ScoreSheet(string application) => $"/{application}";

    public static string Apply(string call, string cityId) => $"/{call}/apply?city={cityId}";

    public static string ManageMeeting(string meeting) => $"/meetings/{Links.Id(meeting)}/manage";

    /// <summary>
    /// A city's profile seen by its own people, from its newest revision (null: no profile yet):
    /// a draft returned with a comment, a draft to finish, or nothing (in review, published).
    /// </summary>
    public static WorkItem? ForCityProfile(string cityId, LocalizedText cityName, ProfileRevision? newest, bool profileExists)
    {
        if (!profileExists)
        {
            return new WorkItem(WorkKind.ProfileToStart, cityName, ProfileEditor(cityId));
        }

        return newest?.State switch
        {
            ProfileState.Draft when !string.IsNullOrWhiteSpace(newest.ReviewComment) =>
                new WorkItem(WorkKind.DraftReturned, cityName, ProfileEditor(cityId), newest.ReviewComment),
            ProfileState.Draft => new WorkItem(WorkKind.DraftToFinish, cityName, ProfileEditor(cityId)),
            _ => null,
        };
    }

    /// <summary>A profile whose newest revision waits for a coordinator's review.</summary>
    public static WorkItem? ForReview(Profile profile, ProfileRevision? newest) =>
        newest?.State == ProfileState.InReview
            ? new WorkItem(WorkKind.ReviewPending, profile.CityDisplayName ?? new LocalizedText { En = profile.City }, ProfileReview(Links.Id(profile.City)))
            : null;

    /// <summary>Applications assigned to the evaluator (by token subject) that have no score sheet of theirs yet.</summary>
    public static IEnumerable<WorkItem> ToScore(IEnumerable<Application> applications, string evaluator) =>
        applications
            .Where(a => a.Status == ApplicationStatus.Eligible)
            .Where(a => a.Evaluators.Contains(evaluator) && a.ScoreSheets.All(s => s.Evaluator != evaluator))
            .Select(a => new WorkItem(WorkKind.ApplicationToScore, new LocalizedText { En = a.Title }, ScoreSheet(a.Name), a.ApplicantOrganisation));

    /// <summary>
    /// How far back a held meeting still waits for its outcomes. Older ones are history: the
    /// calendar's past meetings (2015 on) were held, and their sources give no outcomes to adopt.
    /// </summary>
    public const int ReportingWindowDays = 365;

    /// <summary>The first start date of a held meeting that still waits for its outcomes.</summary>
    public static DateOnly ReportableSince(DateOnly today) => today.AddDays(-ReportingWindowDays);

    /// <summary>
    /// Meetings a coordinator must report: begun (on or before <paramref name="today"/>) but not
    /// marked held, and held within the reporting window without their outcomes. Cancelled and
    /// reported ones are done.
    /// </summary>
    public static IEnumerable<WorkItem> ToReport(IEnumerable<Meeting> meetings, DateOnly today) =>
        meetings
            .Select(m => m.State switch
            {
                MeetingState.Planned or MeetingState.Confirmed when m.StartDate.ToDateOnly() <= today =>
                    new WorkItem(WorkKind.MeetingToMarkHeld, m.DisplayName, ManageMeeting(m.Name), m.StartDate.Iso()),
                MeetingState.Held when m.StartDate.ToDateOnly() >= ReportableSince(today) =>
                    new WorkItem(WorkKind.MeetingToReport, m.DisplayName, ManageMeeting(m.Name), m.StartDate.Iso()),
                _ => null,
            })
            .OfType<WorkItem>()
            .DistinctBy(i => i.Href);

    /// <summary>Open calls a city may apply to today: open, within their dates, and open to its country (no list: every country).</summary>
    public static IEnumerable<WorkItem> OpenCalls(IEnumerable<Call> calls, string cityId, string countryCode, DateOnly today) =>
        calls
            .Where(c => c.State == CallState.Open && c.OpensOn.ToDateOnly() <= today && today <= c.ClosesOn.ToDateOnly())
            .Where(c => c.EligibleCountries.Count == 0 || c.EligibleCountries.Contains(countryCode, StringComparer.OrdinalIgnoreCase))
            .Select(c => new WorkItem(WorkKind.OpenCall, c.Title, Apply(c.Name, cityId), c.ClosesOn.Iso()));
}
