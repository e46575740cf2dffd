using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Common.V1;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Features.Work;
using ProtoDate = Google.Type.Date;

namespace Mc2cm.Web.Tests;

public sealed class WorkItemsTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly LocalizedText Tunis = new() { En = "Tunis" };

    [Fact]
    public void A_citys_people_see_a_returned_draft_with_its_comment_a_draft_to_finish_or_a_profile_to_start()
    {
        var returned = WorkItems.ForCityProfile("tunis", Tunis, new ProfileRevision { State = ProfileState.Draft, ReviewComment = "Add the 2019 figures." }, true);
        var draft = WorkItems.ForCityProfile("tunis", Tunis, new ProfileRevision { State = ProfileState.Draft }, true);
        var none = WorkItems.ForCityProfile("tunis", Tunis, null, profileExists: false);

        Assert.Equal(new WorkItem(WorkKind.DraftReturned, Tunis, "/profiles/tunis/draft", "Add the 2019 figures."), returned);
        Assert.Equal(WorkKind.DraftToFinish, draft?.Kind);
        Assert.Equal(WorkKind.ProfileToStart, none?.Kind);
        Assert.Null(WorkItems.ForCityProfile("tunis", Tunis, new ProfileRevision { State = ProfileState.InReview }, true));
        Assert.Null(WorkItems.ForCityProfile("tunis", Tunis, new ProfileRevision { State = ProfileState.Published }, true));
    }

    [Fact]
    public void A_coordinator_reviews_only_a_profile_whose_newest_revision_is_in_review()
    {
        var profile = new Profile { Name = "profiles/sfax", City = "cities/sfax", CityDisplayName = new LocalizedText { En = "Sfax" } };

        Assert.Equal("/profiles/sfax/review", WorkItems.ForReview(profile, new ProfileRevision { State = ProfileState.InReview })?.Href);
        Assert.Null(WorkItems.ForReview(profile, new ProfileRevision { State = ProfileState.Draft }));
    }

    [Fact]
    public void An_evaluator_scores_the_eligible_applications_assigned_to_them_and_not_yet_scored_by_them()
    {
        Application App(string id, params string[] scoredBy)
        {
            var application = new Application { Name = $"applications/{id}", Title = id, Status = ApplicationStatus.Eligible, Evaluators = { "evaluator-1" } };
            application.ScoreSheets.AddRange(scoredBy.Select(e => new ScoreSheet { Evaluator = e }));
            return application;
        }

        var unassigned = App("d");
        unassigned.Evaluators.Clear();
        var ineligible = App("e");
        ineligible.Status = ApplicationStatus.Ineligible;

        var items = WorkItems.ToScore([App("a"), App("b", "evaluator-1"), App("c", "evaluator-2"), unassigned, ineligible], "evaluator-1").ToList();

        Assert.Equal(["/applications/a", "/applications/c"], items.Select(i => i.Href));
    }

    [Fact]
    public void Meetings_to_report_are_those_begun_and_not_held_and_those_held_this_year_without_outcomes()
    {
        Meeting M(string id, MeetingState state, int day, int year = 2026) =>
            new() { Name = $"meetings/{id}", State = state, StartDate = new ProtoDate { Year = year, Month = 12, Day = day }, DisplayName = new LocalizedText { En = id } };

        var items = WorkItems.ToReport(
            [M("begun", MeetingState.Confirmed, 6), M("today", MeetingState.Planned, 7), M("future", MeetingState.Confirmed, 8),
             M("held", MeetingState.Held, 1), M("reported", MeetingState.Reported, 1), M("cancelled", MeetingState.Cancelled, 1), M("held", MeetingState.Held, 1),
             M("held-in-2019", MeetingState.Held, 1, 2019)],
            Today).ToList();

        Assert.Equal(
            [(WorkKind.MeetingToMarkHeld, "/meetings/begun/manage"), (WorkKind.MeetingToMarkHeld, "/meetings/today/manage"), (WorkKind.MeetingToReport, "/meetings/held/manage")],
            items.Select(i => (i.Kind, i.Href)));
    }

    [Fact]
    public void A_city_may_apply_to_calls_open_today_for_its_country()
    {
        Call C(string id, int closes, params string[] countries)
        {
            var call = new Call
            {
                Name = $"calls/{id}", State = CallState.Open, Title = new LocalizedText { En = id },
                OpensOn = new ProtoDate { Year = 2026, Month = 1, Day = 1 }, ClosesOn = new ProtoDate { Year = 2026, Month = 12, Day = closes },
            };
            call.EligibleCountries.AddRange(countries);
            return call;
        }

        var closed = C("closed", 31);
        closed.State = CallState.Closed;

        var items = WorkItems.OpenCalls([C("any", 31), C("tn", 7, "TN", "MA"), C("pt", 31, "PT"), C("over", 6), closed], "tunis", "TN", Today).ToList();

        Assert.Equal(["/calls/any/apply?city=tunis", "/calls/tn/apply?city=tunis"], items.Select(i => i.Href));
    }
}
