using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Features.Actions;

namespace Mc2cm.Web.Tests;

/// <summary>How a city's action forms become the services' requests: what is ticked, what is left empty, which row a message names.</summary>
public sealed class CityActionFormsTests
{
    [Fact]
    public void The_evidence_picker_sends_the_ticked_pieces_in_order_and_nothing_it_cannot_read()
    {
        var finding = EvidenceChoice.FindingCode("profiles/tunis/revisions/2", "priorities", "housing");
        var section = EvidenceChoice.FindingCode("profiles/tunis/revisions/2", "local_context");
        var recommendation = EvidenceChoice.RecommendationCode("recommendations/lisbon-2016-1");
        var form = new PriorityForm
        {
            Candidate = "profiles/tunis/revisions/2/priorities/housing",
            Evidence =
            [
                new() { Code = finding, Picked = false },
                new() { Code = recommendation, Picked = true },
                new() { Code = "forged|anything", Picked = true },
                new() { Code = section, Picked = true },
            ],
        };

        var request = form.CreateRequest("tunis");

        Assert.Equal(("cities/tunis", "profiles/tunis/revisions/2/priorities/housing"), (request.Priority.City, request.Candidate));
        Assert.Equal(
            [new Evidence { Recommendation = "recommendations/lisbon-2016-1" },
             new Evidence { Profile = new ProfileFinding { Revision = "profiles/tunis/revisions/2", Section = "local_context" } }],
            request.Priority.Evidence);
        Assert.Equal(finding, EvidenceChoice.CodeOf(new Evidence { Profile = new ProfileFinding { Revision = "profiles/tunis/revisions/2", Section = "priorities", PriorityId = "housing" } }));
    }

    [Fact]
    public void Offers_already_picked_come_ticked()
    {
        var offers = new[]
        {
            new EvidenceOffer(EvidenceChoice.RecommendationCode("recommendations/a"), false, "meetings/m", null, null, "/meetings/m"),
            new EvidenceOffer(EvidenceChoice.RecommendationCode("recommendations/b"), false, "meetings/m", null, null, "/meetings/m"),
        };

        var choices = EvidenceOffers.Choices(offers, [new Evidence { Recommendation = "recommendations/b" }]);

        Assert.Equal([false, true], choices.Select(c => c.Picked));
    }

    [Fact]
    public void An_edit_sends_every_field_so_clearing_the_evidence_is_a_change()
    {
        var request = new PriorityForm { Etag = "W/\"3\"", Theme = " housing " }.UpdateRequest("priorities/p1");

        Assert.Equal(["text", "theme", "evidence"], request.UpdateMask.Paths);
        Assert.Equal(("priorities/p1", "W/\"3\"", "housing"), (request.Priority.Name, request.Priority.Etag, request.Priority.Theme));
        Assert.Empty(request.Priority.Evidence);
    }

    [Fact]
    public void A_plan_leaves_out_empty_milestone_rows_and_names_each_row_as_the_service_numbers_it()
    {
        var form = new PlanForm
        {
            Etag = "e",
            Milestones =
            [
                new() { Id = "centre-opened", Title = "Reception centre opened", DueOn = new DateOnly(2027, 3, 1) },
                new(),
                new() { Id = "booklet", Title = "Recommendations booklet" },
            ],
            SdgTargets = "10.7, 16.6,,",
        };

        var request = form.Request("actions/a1");

        Assert.Equal(["centre-opened", "booklet"], request.Action.Milestones.Select(m => m.Id));
        Assert.Equal(2027, request.Action.Milestones[0].DueOn.Year);
        Assert.Null(request.Action.Milestones[1].DueOn);
        Assert.Equal(["10.7", "16.6"], request.Action.SdgTargets);
        Assert.Equal("action.milestones[1]", form.FieldOf(2));
    }

    [Fact]
    public void A_progress_report_sends_the_milestones_given_a_day_and_the_money_in_the_actions_currency()
    {
        var form = new ProgressForm
        {
            Etag = "e", ReportedOn = new DateOnly(2026, 12, 1), Status = ActionStatus.InProgress, ProgressPercent = 40, Disbursed = 12_500.25m,
            Milestones = [new() { Id = "kick-off" }, new() { Id = "centre-opened", DoneOn = new DateOnly(2026, 11, 30) }],
        };

        var request = form.Request("actions/a1", "EUR");

        Assert.Equal(("EUR", 12_500L, 250_000_000), (request.Disbursed.CurrencyCode, request.Disbursed.Units, request.Disbursed.Nanos));
        Assert.Equal(12_500.25m, ProgressForm.Amount(request.Disbursed));
        var done = Assert.Single(request.MilestonesDone);
        Assert.Equal(("centre-opened", 30), (done.Id, done.DoneOn.Day));
        Assert.Equal("milestones_done[0]", form.FieldOf(1));
    }

    [Fact]
    public void A_groups_empty_member_rows_are_left_out()
    {
        var form = new GroupMembersForm
        {
            Etag = "e",
            Members = [new(), new() { Organisation = "Municipality of Tunis", Type = MemberType.CityDepartment }, new() { Role = "observer" }],
        };

        var request = form.UpdateRequest("tunis");

        Assert.Equal(["Municipality of Tunis", ""], request.StakeholderGroup.Members.Select(m => m.Organisation));
        Assert.Equal("stakeholder-groups/tunis", request.StakeholderGroup.Name);
        Assert.Equal("stakeholder_group.members[1]", form.FieldOf(2));
    }
}
