using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Features.Calls;

namespace Mc2cm.Web.Tests;

public sealed class CallFormsTests
{
    [Fact]
    public void A_new_call_form_becomes_the_request_with_its_filled_criteria_first()
    {
        var form = new CallForm
        {
            Id = " call-9 ",
            Number = "9",
            Title = new LocalizedTextInput { En = "Ninth call", Fr = " " },
            OpensOn = "2031-01-02",
            ClosesOn = "not a date",
            MaxGrant = new AmountInput { Amount = "50,000.50", Currency = "eur" },
            Budget = new AmountInput { Amount = " " },
            Countries = ["TN", "TN", "PT"],
            Objectives = ["KnowledgeAndData", "Unspecified", "Nonsense", "7"],
            ApplicantTypes = ["LocalGovernment"],
        };
        form.Criteria[2] = new CriterionInput { Id = "relevance", Name = new LocalizedTextInput { En = "Relevance" }, MaxScore = "10" };

        var request = form.Request();

        Assert.Equal("call-9", request.CallId);
        Assert.Equal(9, request.Call.Number);
        Assert.Equal(new Google.Type.Date { Year = 2031, Month = 1, Day = 2 }, request.Call.OpensOn);
        Assert.Null(request.Call.ClosesOn);
        Assert.Equal(new Google.Type.Money { CurrencyCode = "EUR", Units = 50_000, Nanos = 500_000_000 }, request.Call.MaxGrant);
        Assert.Null(request.Call.Budget);
        Assert.Equal(["TN", "PT"], request.Call.EligibleCountries);
        Assert.Equal([Objective.KnowledgeAndData], request.Call.Objectives);
        Assert.Equal([ApplicantType.LocalGovernment], request.Call.EligibleApplicantTypes);
        // The one filled row goes as the first criterion, and the form's rows follow, so "call.criteria[0]" is the first row shown again.
        Assert.Equal("relevance", Assert.Single(request.Call.Criteria).Id);
        Assert.Equal("relevance", form.Criteria[0].Id);
        Assert.Equal(CallForm.CriterionRows, form.Criteria.Count);
    }

    [Fact]
    public void An_amount_the_portal_cannot_read_goes_as_zero_for_the_service_to_name()
    {
        Assert.Equal(0, new AmountInput { Amount = "lots", Currency = "EUR" }.ToProto()!.Units);
        Assert.Null(new AmountInput { Amount = "" }.ToProto());
    }

    [Fact]
    public void An_application_form_links_the_ticked_priorities_and_its_filled_documents()
    {
        var form = new ApplicationForm
        {
            City = "tunis",
            Organisation = "Municipality of Tunis",
            ApplicantType = "CivilSociety",
            Title = "Welcome desk",
            Amount = new AmountInput { Amount = "40000" },
            Objectives = ["StakeholderCooperation"],
            Priorities = ["priorities/p-1", "priorities/p-1"],
        };
        form.Documents[1] = new DocumentInput { Kind = "SupportLetter", Title = "Letter", Uri = "https://example.org/letter.pdf" };

        var application = form.Request("calls/call-9").Application;

        Assert.Equal("calls/call-9", application.Call);
        Assert.Equal("cities/tunis", application.City);
        Assert.Equal(ApplicantType.CivilSociety, application.ApplicantType);
        Assert.Equal(["priorities/p-1"], application.Priorities);
        Assert.Equal(DocumentKind.SupportLetter, Assert.Single(application.Documents).Kind);
        Assert.Equal(40_000, application.RequestedAmount.Units);
    }

    [Fact]
    public void A_score_that_is_not_a_whole_number_goes_out_of_range()
    {
        var call = new Call { Criteria = { new Criterion { Id = "relevance", MaxScore = 10 }, new Criterion { Id = "feasibility", MaxScore = 10 } } };
        var form = ScoreForm.For(call);
        form.Scores[0].Score = "8";
        form.Scores[1].Score = "7.5";

        var request = form.Request("applications/app-1");

        Assert.Equal([("relevance", 8), ("feasibility", -1)], request.Scores.Select(s => (s.Criterion, s.Score)));
    }

    [Fact]
    public void Eligibility_shows_every_rule_that_applied_and_only_the_reported_ones_failed()
    {
        var call = new Call
        {
            EligibleCountries = { "TN" },
            EligibleApplicantTypes = { ApplicantType.LocalGovernment, ApplicantType.CivilSociety },
            SupportLetterRequiredFor = { ApplicantType.CivilSociety },
        };
        var application = new Application
        {
            ApplicantType = ApplicantType.CivilSociety,
            Eligibility = new Eligibility
            {
                Eligible = false,
                FailedRules =
                {
                    new FailedRule { Rule = "SUPPORT_LETTER_PRESENT", Description = "needs a letter." },
                    new FailedRule { Rule = "SOMETHING_NEW", Description = "a rule the portal does not know." },
                },
            },
        };

        var outcomes = EligibilityReport.Of(call, application);

        Assert.Equal(
            [("CITY_IS_MEMBER", true), ("COUNTRY_ELIGIBLE", true), ("APPLICANT_TYPE_ELIGIBLE", true), ("SUPPORT_LETTER_PRESENT", false),
             ("AMOUNT_WITHIN_MAXIMUM", true), ("OBJECTIVES_OF_CALL", true), ("SOMETHING_NEW", false)],
            outcomes.Select(o => (o.Rule, o.Passed)));
        Assert.Equal("needs a letter.", outcomes.Single(o => o.Rule == "SUPPORT_LETTER_PRESENT").Why);
    }
}
