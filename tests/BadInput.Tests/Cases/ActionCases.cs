using Mc2cm.Testing;
using static Mc2cm.BadInput.Tests.Cases.Answers;
using static Mc2cm.BadInput.Tests.Cases.BadKind;
using static Mc2cm.BadInput.Tests.Cases.CaseText;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>Bad input for the Action service's writes: stakeholder groups, priorities, calls, applications, funded actions.</summary>
public static class ActionCases
{
    private const string NoApplication = "applications/app-0000000000000000";

    private static readonly Google.Protobuf.Reflection.MethodDescriptor
        CreateStakeholderGroup = Rpc(Proto.StakeholderGroupsService.Descriptor, "CreateStakeholderGroup"),
        UpdateStakeholderGroup = Rpc(Proto.StakeholderGroupsService.Descriptor, "UpdateStakeholderGroup"),
        RecordWorkshop = Rpc(Proto.StakeholderGroupsService.Descriptor, "RecordWorkshop"),
        CreatePriority = Rpc(Proto.PrioritiesService.Descriptor, "CreatePriority"),
        UpdatePriority = Rpc(Proto.PrioritiesService.Descriptor, "UpdatePriority"),
        AdoptPriority = Rpc(Proto.PrioritiesService.Descriptor, "AdoptPriority"),
        RetirePriority = Rpc(Proto.PrioritiesService.Descriptor, "RetirePriority"),
        CreateCall = Rpc(Proto.CallsService.Descriptor, "CreateCall"),
        OpenCall = Rpc(Proto.CallsService.Descriptor, "OpenCall"),
        CloseCall = Rpc(Proto.CallsService.Descriptor, "CloseCall"),
        RankApplications = Rpc(Proto.CallsService.Descriptor, "RankApplications"),
        SelectApplications = Rpc(Proto.CallsService.Descriptor, "SelectApplications"),
        SubmitApplication = Rpc(Proto.ApplicationsService.Descriptor, "SubmitApplication"),
        AssignEvaluators = Rpc(Proto.ApplicationsService.Descriptor, "AssignEvaluators"),
        ScoreApplication = Rpc(Proto.ApplicationsService.Descriptor, "ScoreApplication"),
        UpdateAction = Rpc(Proto.ActionsService.Descriptor, "UpdateAction"),
        ReportProgress = Rpc(Proto.ActionsService.Descriptor, "ReportProgress");

    public static IEnumerable<BadCase> All =>
    [
        new(Missing, "no city", CreateStakeholderGroup, _ => NewGroup().With(r => r.StakeholderGroup.City = ""), Invalid("stakeholder_group.city")),
        new(Missing, "a member without an organisation", CreateStakeholderGroup, _ => NewGroup().With(r => r.StakeholderGroup.Members[0].Organisation = ""), Invalid("stakeholder_group.members[0].organisation")),
        new(SpoofingCharacters, "right-to-left override in a member's organisation", CreateStakeholderGroup,
            _ => NewGroup().With(r => r.StakeholderGroup.Members[0].Organisation = WithOverride), Invalid("stakeholder_group.members[0].organisation")),
        new(UnknownEnum, "member type 9", CreateStakeholderGroup, _ => NewGroup().With(r => r.StakeholderGroup.Members[0].Type = (Proto.MemberType)9), Invalid("stakeholder_group.members[0].type")),
        new(UnknownEnum, "member type name not in the enum", CreateStakeholderGroup, _ => NewGroup(), UnreadableJson)
            { Faces = [Face.Rest], RestBody = _ => Json("""{"city":"cities/sfax","members":[{"organisation":"Red Crescent","type":"MEMBER_TYPE_GUILD"}]}""") },
        new(UnknownId, "city atlantis", CreateStakeholderGroup, _ => NewGroup().With(r => r.StakeholderGroup.City = "cities/atlantis"), NotFound("cities/atlantis")),
        new(DuplicateId, "Tunis, which has a group", CreateStakeholderGroup, _ => NewGroup().With(r => r.StakeholderGroup.City = Known.Tunis), Exists("stakeholder-groups/tunis")),

        new(Missing, "no etag", UpdateStakeholderGroup, k => Regroup(k).With(r => r.StakeholderGroup.Etag = ""), Invalid("stakeholder_group.etag")),
        new(BadFormat, "the city in the mask", UpdateStakeholderGroup, k => Regroup(k).With(r => r.UpdateMask.Paths.Add("city")), Invalid("update_mask")),
        new(ControlCharacters, "BEL in a member's role", UpdateStakeholderGroup, k => Regroup(k).With(r => r.StakeholderGroup.Members[0].Role = WithControl), Invalid("stakeholder_group.members[0].role")),
        new(UnknownId, "group of atlantis", UpdateStakeholderGroup, k => Regroup(k).With(r => r.StakeholderGroup.Name = "stakeholder-groups/atlantis"), NotFound("stakeholder-groups/atlantis")),
        new(StaleEtag, "an old etag", UpdateStakeholderGroup, k => Regroup(k).With(r => r.StakeholderGroup.Etag = Known.StaleEtag), Stale),

        new(Missing, "no workshop", RecordWorkshop, k => Workshop(k).With(r => r.Workshop = null), Invalid("workshop.held_on", "workshop.participants")),
        new(BadDate, "held in 2099", RecordWorkshop, k => Workshop(k).With(r => r.Workshop.HeldOn = Date(2099, 1, 10)), Invalid("workshop.held_on")),
        new(BadDate, "held on day 32", RecordWorkshop, k => Workshop(k).With(r => r.Workshop.HeldOn = Date(2024, 1, 32)), Invalid("workshop.held_on")),
        new(BadNumber, "-3 participants", RecordWorkshop, k => Workshop(k).With(r => r.Workshop.Participants = -3), Invalid("workshop.participants")),
        new(BadNumber, "a million participants", RecordWorkshop, k => Workshop(k).With(r => r.Workshop.Participants = 1_000_000), Invalid("workshop.participants")),
        new(TooLong, "outcome of 4,001 characters", RecordWorkshop, k => Workshop(k).With(r => r.Workshop.Outcome.En = Long(4_001)), Invalid("workshop.outcome.en")),
        new(UnknownId, "group of atlantis", RecordWorkshop, k => Workshop(k).With(r => (r.Name, r.Etag) = ("stakeholder-groups/atlantis", "")), NotFound("stakeholder-groups/atlantis")),

        new(Missing, "no city", CreatePriority, _ => NewPriority().With(r => r.Priority.City = ""), Invalid("priority.city")),
        new(Missing, "no text", CreatePriority, _ => NewPriority().With(r => r.Priority.Text = null), Invalid("priority.text.en")),
        new(TooLong, "text of 2,001 characters", CreatePriority, _ => NewPriority().With(r => r.Priority.Text.En = Long(2_001)), Invalid("priority.text.en")),
        new(SpoofingCharacters, "zero-width joiner in the Arabic text", CreatePriority, _ => NewPriority().With(r => r.Priority.Text.Ar = WithJoiner), Invalid("priority.text.ar")),
        new(ControlCharacters, "NUL in the text", CreatePriority, _ => NewPriority().With(r => r.Priority.Text.En = WithNul), Invalid("priority.text.en")),
        new(ControlCharacters, "ESC in the text, by Tunis's expert", CreatePriority, _ => NewPriority().With(r => r.Priority.Text.Ar = "\u001b[2J"), Invalid("priority.text.ar"))
            { User = SharedIssuer.TunisExpert },
        new(Empty, "evidence that names nothing", CreatePriority, _ => NewPriority().With(r => r.Priority.Evidence.Add(new Proto.Evidence())), Invalid("priority.evidence[0]")),
        new(BadFormat, "a finding in no section", CreatePriority, _ => NewPriority().With(r => r.Priority.Evidence.Add(Finding("profiles/tunis/revisions/1", "weather"))), Invalid("priority.evidence[0].profile.section")),
        new(BadFormat, "a finding of revision 0", CreatePriority, _ => NewPriority().With(r => r.Priority.Evidence.Add(Finding("profiles/tunis/revisions/0", "local_context"))), Invalid("priority.evidence[0].profile.revision")),
        new(UnknownId, "a finding of an unpublished revision", CreatePriority, _ => NewPriority().With(r => r.Priority.Evidence.Add(Finding("profiles/tunis/revisions/9", "local_context"))),
            Invalid("priority.evidence[0].profile.revision")),
        new(UnknownId, "a recommendation never adopted", CreatePriority, _ => NewPriority().With(r => r.Priority.Evidence.Add(new Proto.Evidence { Recommendation = "recommendations/lisbon-2016-99" })),
            Invalid("priority.evidence[0].recommendation")),
        new(BadFormat, "a candidate that is not one", CreatePriority, _ => NewPriority().With(r => r.Candidate = "priorities/tunis-1"), Invalid("candidate")),
        new(UnknownId, "city atlantis", CreatePriority, _ => NewPriority().With(r => r.Priority.City = "cities/atlantis"), NotFound("cities/atlantis")),
        new(Oversized, "a text over 4 MB", CreatePriority, _ => NewPriority().With(r => r.Priority.Text.Fr = HugeText), TooLarge),

        new(BadFormat, "the state in the mask", UpdatePriority, k => Revise(k).With(r => r.UpdateMask.Paths.Add("state")), Invalid("update_mask")),
        new(Missing, "no etag", UpdatePriority, k => Revise(k).With(r => r.Priority.Etag = ""), Invalid("priority.etag")),
        new(BadFormat, "theme with capitals", UpdatePriority, k => Revise(k).With(r => (r.Priority.Theme, r.UpdateMask) = ("Housing", Mask("theme"))), Invalid("priority.theme")),
        new(UnknownId, "a priority that does not exist", UpdatePriority, k => Revise(k).With(r => r.Priority.Name = "priorities/tunis-0000000000000000"), NotFound("priorities/tunis-0000000000000000")),
        new(StaleEtag, "an old etag", UpdatePriority, k => Revise(k).With(r => r.Priority.Etag = Known.StaleEtag), Stale),

        new(BadDate, "adopted in 2099", AdoptPriority, k => Adopt(k).With(r => r.AdoptedOn = Date(2099, 3, 1)), Invalid("adopted_on")),
        new(BadDate, "adopted in month 13", AdoptPriority, k => Adopt(k).With(r => r.AdoptedOn = Date(2024, 13, 1)), Invalid("adopted_on")),
        new(Missing, "adopted by no one", AdoptPriority, k => Adopt(k).With(r => r.AdoptedBy = ""), Invalid("adopted_by")),
        new(Missing, "no etag", AdoptPriority, k => Adopt(k).With(r => r.Etag = ""), Invalid("etag")),
        new(InvalidTransition, "a priority without evidence", AdoptPriority, Adopt, Precondition("PRIORITY_EVIDENCE")),

        new(Missing, "no reason", RetirePriority, k => Retire(k).With(r => r.Reason = ""), Invalid("reason")),
        new(Missing, "no etag", RetirePriority, k => Retire(k).With(r => r.Etag = ""), Invalid("etag")),
        new(InvalidTransition, "a priority never adopted", RetirePriority, Retire, Precondition("PRIORITY_LIFECYCLE")),

        new(Missing, "no call id", CreateCall, _ => NewCall().With(r => r.CallId = ""), Invalid("call_id")),
        new(BadNumber, "number 0", CreateCall, _ => NewCall().With(r => r.Call.Number = 0), Invalid("call.number")),
        new(BadDate, "closes before it opens", CreateCall, _ => NewCall().With(r => r.Call.ClosesOn = Date(2029, 12, 31)), Invalid("call.closes_on")),
        new(BadDate, "opens on 31 April", CreateCall, _ => NewCall().With(r => r.Call.OpensOn = Date(2030, 4, 31)), Invalid("call.opens_on")),
        new(WrongIsoCode, "currency XYZ", CreateCall, _ => NewCall().With(r => (r.Call.MaxGrant, r.Call.Budget) = (Money("XYZ", 50_000), Money("XYZ", 500_000))), Invalid("call.max_grant.currency_code", "call.budget.currency_code")),
        new(WrongIsoCode, "currency in lower case", CreateCall, _ => NewCall().With(r => (r.Call.MaxGrant, r.Call.Budget) = (Money("eur", 50_000), Money("eur", 500_000))), Invalid("call.max_grant.currency_code", "call.budget.currency_code")),
        new(WrongIsoCode, "country XX", CreateCall, _ => NewCall().With(r => r.Call.EligibleCountries.Add("XX")), Invalid("call.eligible_countries[1]")),
        new(BadNumber, "a negative grant", CreateCall, _ => NewCall().With(r => r.Call.MaxGrant = Money("EUR", -50_000)), Invalid("call.max_grant")),
        new(BadNumber, "a grant of 10^15", CreateCall, _ => NewCall().With(r => (r.Call.MaxGrant, r.Call.Budget) = (Money("EUR", 1_000_000_000_000_000), null)), Invalid("call.max_grant")),
        new(BadNumber, "a budget below the grant", CreateCall, _ => NewCall().With(r => r.Call.Budget = Money("EUR", 10_000)), Invalid("call.budget")),
        new(BadNumber, "a criterion scored out of 0", CreateCall, _ => NewCall().With(r => r.Call.Criteria[0].MaxScore = 0), Invalid("call.criteria[0].max_score")),
        new(Empty, "no objectives", CreateCall, _ => NewCall().With(r => r.Call.Objectives.Clear()), Invalid("call.objectives")),
        new(UnknownEnum, "objective 17", CreateCall, _ => NewCall().With(r => r.Call.Objectives.Add((Proto.Objective)17)), Invalid("call.objectives")),
        new(UnknownEnum, "objective name not in the enum", CreateCall, _ => NewCall(), UnreadableJson)
            { Faces = [Face.Rest], RestBody = _ => Json("""{"number":5,"title":{"en":"Call"},"objectives":["OBJECTIVE_WORLD_PEACE"]}""") },
        new(SpoofingCharacters, "right-to-left override in the title", CreateCall, _ => NewCall().With(r => r.Call.Title.En = WithOverride), Invalid("call.title.en")),
        new(SpoofingCharacters, "zero-width space in a criterion's name", CreateCall, _ => NewCall().With(r => r.Call.Criteria[0].Name.Fr = WithZeroWidthSpace), Invalid("call.criteria[0].name.fr")),
        new(ControlCharacters, "BEL in the title", CreateCall, _ => NewCall().With(r => r.Call.Title.En = WithControl), Invalid("call.title.en")),
        new(DuplicateId, "the id of the 1st call", CreateCall, _ => NewCall().With(r => r.CallId = "call-1"), Exists(Known.ClosedCall)),
        new(MalformedJson, "a number too big for int32", CreateCall, _ => NewCall(), UnreadableJson) { Faces = [Face.Rest], RestBody = _ => Json("""{"number":99999999999}""") },

        new(Missing, "no etag", OpenCall, _ => new Proto.OpenCallRequest { Name = Known.ClosedCall }, Invalid("etag")),
        new(UnknownId, "a call that does not exist", OpenCall, _ => new Proto.OpenCallRequest { Name = "calls/call-99", Etag = Known.StaleEtag }, NotFound("calls/call-99")),
        new(StaleEtag, "an old etag", OpenCall, _ => new Proto.OpenCallRequest { Name = Known.ClosedCall, Etag = Known.StaleEtag }, Stale),
        new(InvalidTransition, "a closed call", OpenCall, k => new Proto.OpenCallRequest { Name = Known.ClosedCall, Etag = k.ClosedCallEtag }, Precondition("CALL_STATE")),

        new(Missing, "no etag", CloseCall, k => new Proto.CloseCallRequest { Name = k.OpenCall.Name }, Invalid("etag")),
        new(InvalidTransition, "a closed call", CloseCall, k => new Proto.CloseCallRequest { Name = Known.ClosedCall, Etag = k.ClosedCallEtag }, Precondition("CALL_STATE")),

        // A read, but not a Get or List: its input is checked like a write's.
        new(UnknownId, "a call that does not exist", RankApplications, _ => new Proto.RankApplicationsRequest { Name = "calls/call-99" }, NotFound("calls/call-99")),
        new(BadFormat, "a call id with an underscore", RankApplications, _ => new Proto.RankApplicationsRequest { Name = "calls/call_1" }, Invalid("name")),

        new(Empty, "no applications", SelectApplications, k => Select(k).With(r => r.Applications.Clear()), Invalid("applications")),
        new(BadFormat, "an application id without its collection", SelectApplications, k => Select(k).With(r => r.Applications[0] = "app-1"), Invalid("applications[0]")),
        new(UnknownId, "an application that does not exist", SelectApplications, k => Select(k).With(r => r.Applications[0] = NoApplication), Invalid("applications")),
        new(BadFormat, "an application named twice", SelectApplications, k => Select(k).With(r => r.Applications.Add(k.Application.Name)), Invalid("applications")),
        new(UnknownId, "a call that does not exist", SelectApplications, k => Select(k).With(r => r.Name = "calls/call-99"), NotFound("calls/call-99")),
        new(InvalidTransition, "an application nobody scored", SelectApplications, Select, Precondition("APPLICATION_EVALUATION")),

        new(Missing, "no call", SubmitApplication, k => Apply(k).With(r => r.Application.Call = ""), Invalid("application.call")),
        new(SpoofingCharacters, "isolate in the title", SubmitApplication, k => Apply(k).With(r => r.Application.Title = WithIsolate), Invalid("application.title")),
        new(SpoofingCharacters, "byte order mark in a document's title", SubmitApplication, k => Apply(k).With(r => r.Application.Documents[0].Title = WithByteOrderMark), Invalid("application.documents[0].title")),
        new(Missing, "no applicant type", SubmitApplication, k => Apply(k).With(r => r.Application.ApplicantType = Proto.ApplicantType.Unspecified), Invalid("application.applicant_type")),
        new(WrongIsoCode, "currency EURO", SubmitApplication, k => Apply(k).With(r => r.Application.RequestedAmount = Money("EURO", 40_000)), Invalid("application.requested_amount.currency_code")),
        new(WrongIsoCode, "currency ABC", SubmitApplication, k => Apply(k).With(r => r.Application.RequestedAmount = Money("ABC", 40_000)), Invalid("application.requested_amount.currency_code")),
        new(BadNumber, "a negative amount", SubmitApplication, k => Apply(k).With(r => r.Application.RequestedAmount = Money("EUR", -40_000)), Invalid("application.requested_amount")),
        new(BadNumber, "units and cents of opposite signs", SubmitApplication, k => Apply(k).With(r => r.Application.RequestedAmount = Money("EUR", 40_000, -500_000_000)), Invalid("application.requested_amount")),
        new(BadNumber, "a billion nanos", SubmitApplication, k => Apply(k).With(r => r.Application.RequestedAmount = Money("EUR", 40_000, 1_000_000_000)), Invalid("application.requested_amount")),
        new(Empty, "no objectives", SubmitApplication, k => Apply(k).With(r => r.Application.Objectives.Clear()), Invalid("application.objectives")),
        new(BadFormat, "a document at a file: address", SubmitApplication, k => Apply(k).With(r => r.Application.Documents[0].Uri = "file:///etc/passwd"), Invalid("application.documents[0].uri")),
        new(TooLong, "title of 301 characters", SubmitApplication, k => Apply(k).With(r => r.Application.Title = Long(301)), Invalid("application.title")),
        new(UnknownId, "a call that does not exist", SubmitApplication, k => Apply(k).With(r => r.Application.Call = "calls/call-99"), NotFound("calls/call-99")),
        new(InvalidTransition, "a closed call", SubmitApplication, k => Apply(k).With(r => r.Application.Call = Known.ClosedCall), Precondition("CALL_OPEN")),

        new(Empty, "no evaluators", AssignEvaluators, k => Assign(k).With(r => r.Evaluators.Clear()), Invalid("evaluators")),
        new(ControlCharacters, "an evaluator with a line break", AssignEvaluators, k => Assign(k).With(r => r.Evaluators[0] = "evaluator-2\n"), Invalid("evaluators[0]")),
        new(BadFormat, "an evaluator named twice", AssignEvaluators, k => Assign(k).With(r => r.Evaluators.Add("evaluator-2")), Invalid("evaluators")),
        new(UnknownId, "an application that does not exist", AssignEvaluators, k => Assign(k).With(r => (r.Name, r.Etag) = (NoApplication, "")), NotFound(NoApplication)),
        new(StaleEtag, "an old etag", AssignEvaluators, k => Assign(k).With(r => r.Etag = Known.StaleEtag), Stale),

        new(UnknownId, "a criterion the call lacks", ScoreApplication, k => Score(k).With(r => r.Scores[1].Criterion = "beauty"), Invalid("scores[1].criterion", "scores")) { User = SharedIssuer.Evaluator1 },
        new(BadNumber, "a score of -1", ScoreApplication, k => Score(k).With(r => r.Scores[0].Score = -1), Invalid("scores[0].score")) { User = SharedIssuer.Evaluator1 },
        new(BadNumber, "a score of 1000", ScoreApplication, k => Score(k).With(r => r.Scores[0].Score = 1000), Invalid("scores[0].score")) { User = SharedIssuer.Evaluator1 },
        new(Missing, "a criterion left out", ScoreApplication, k => Score(k).With(r => r.Scores.RemoveAt(1)), Invalid("scores")) { User = SharedIssuer.Evaluator1 },
        new(UnknownId, "an application that does not exist", ScoreApplication, k => Score(k).With(r => r.Name = NoApplication), NotFound(NoApplication)) { User = SharedIssuer.Evaluator1 },
        new(InvalidTransition, "an evaluator not assigned", ScoreApplication, Score, Denied("EVALUATOR_NOT_ASSIGNED")) { User = SharedIssuer.Evaluator2 },

        new(BadFormat, "the budget in the mask", UpdateAction, k => Plan(k).With(r => r.UpdateMask.Paths.Add("budget")), Invalid("update_mask")),
        new(Missing, "no etag", UpdateAction, k => Plan(k).With(r => r.Action.Etag = ""), Invalid("action.etag")),
        new(BadFormat, "SDG target 18.1", UpdateAction, k => Plan(k).With(r => { r.Action.SdgTargets.Add("18.1"); r.UpdateMask.Paths.Add("sdg_targets"); }), Invalid("action.sdg_targets[0]")),
        new(BadDate, "a milestone due in month 13", UpdateAction, k => Plan(k).With(r => { r.Action.Milestones.Add(Milestone(Date(2027, 13, 1))); r.UpdateMask.Paths.Add("milestones"); }), Invalid("action.milestones[0].due_on")),
        new(BadFormat, "a plan that says a milestone is done", UpdateAction,
            k => Plan(k).With(r => { r.Action.Milestones.Add(Milestone(Date(2027, 3, 1)).With(m => m.DoneOn = Date(2027, 3, 2))); r.UpdateMask.Paths.Add("milestones"); }), Invalid("action.milestones[0].done_on")),
        new(UnknownId, "an action that does not exist", UpdateAction, k => Plan(k).With(r => r.Action.Name = "actions/atlantis-desk"), NotFound("actions/atlantis-desk")),
        new(StaleEtag, "an old etag", UpdateAction, k => Plan(k).With(r => r.Action.Etag = Known.StaleEtag), Stale),

        new(BadDate, "reported in 2099", ReportProgress, k => Report(k).With(r => r.ReportedOn = Date(2099, 1, 1)), Invalid("reported_on")),
        new(BadDate, "reported before the last report", ReportProgress, k => Report(k).With(r => r.ReportedOn = Date(2021, 1, 1)), Precondition("ACTION_PROGRESS")),
        new(BadNumber, "progress of 101 %", ReportProgress, k => Report(k).With(r => r.ProgressPercent = 101), Invalid("progress_percent")),
        new(BadNumber, "progress of -1 %", ReportProgress, k => Report(k).With(r => r.ProgressPercent = -1), Invalid("progress_percent")),
        new(BadNumber, "a negative disbursement", ReportProgress, k => Report(k).With(r => r.Disbursed = Money("EUR", -100)), Invalid("disbursed")),
        new(BadNumber, "disbursed with a billion nanos", ReportProgress, k => Report(k).With(r => r.Disbursed = Money("EUR", 100, 1_000_000_000)), Invalid("disbursed")),
        new(WrongIsoCode, "disbursed in ZZZ", ReportProgress, k => Report(k).With(r => r.Disbursed = Money("ZZZ", 100)), Invalid("disbursed.currency_code")),
        new(Missing, "no status", ReportProgress, k => Report(k).With(r => r.Status = Proto.ActionStatus.Unspecified), Invalid("status")),
        new(UnknownEnum, "status 12", ReportProgress, k => Report(k).With(r => r.Status = (Proto.ActionStatus)12), Invalid("status")),
        new(UnknownEnum, "status name not in the enum", ReportProgress, Report, UnreadableJson)
            { Faces = [Face.Rest], RestBody = k => Json($$"""{"reportedOn":{"year":2024,"month":1,"day":1},"status":"ACTION_STATUS_ABANDONED","etag":"{{k.ActionEtag.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}""") },
        new(BadNumber, "a result below zero", ReportProgress, k => Report(k).With(r => r.Results.Add(new Proto.ActionResult { Indicator = "people reached", Value = -1 })), Invalid("results[0].value")),
        new(BadNumber, "a result that is not a number", ReportProgress, k => Report(k).With(r => r.Results.Add(new Proto.ActionResult { Indicator = "people reached", Value = double.NaN })), Invalid("results[0].value")),
        new(Missing, "no etag", ReportProgress, k => Report(k).With(r => r.Etag = ""), Invalid("etag")),
        new(UnknownId, "an action that does not exist", ReportProgress, k => Report(k).With(r => r.Name = "actions/atlantis-desk"), NotFound("actions/atlantis-desk")),
        new(MalformedJson, "null for the body", ReportProgress, Report, UnreadableJson) { Faces = [Face.Rest], RestBody = _ => Json("nul") },
    ];

    /// <summary>A call like the 1st call, opening in 2030 (the fixture opens one of its own from today).</summary>
    public static Proto.CreateCallRequest NewCall(string id = "call-2030", Google.Type.Date? opensOn = null, Google.Type.Date? closesOn = null) => new()
    {
        CallId = id,
        Call = new Proto.Call
        {
            Number = 9, Title = new() { En = "Call for Targeted City Actions" }, OpensOn = opensOn ?? Date(2030, 1, 1), ClosesOn = closesOn ?? Date(2030, 3, 31),
            MaxGrant = Money("EUR", 50_000), Budget = Money("EUR", 500_000), EligibleCountries = { "TN" },
            Objectives = { Proto.Objective.StakeholderCooperation }, EligibleApplicantTypes = { Proto.ApplicantType.LocalGovernment },
            Criteria = { Criterion("relevance"), Criterion("feasibility") },
        },
    };

    /// <summary>An application of Sfax that meets every rule of <paramref name="call"/>.</summary>
    public static Proto.SubmitApplicationRequest NewApplication(string call) => new()
    {
        Application = new Proto.Application
        {
            Call = call, ApplicantOrganisation = "Municipality of Sfax", ApplicantType = Proto.ApplicantType.LocalGovernment, City = "cities/sfax",
            Title = "A reception desk for newcomers", RequestedAmount = Money("EUR", 40_000), Objectives = { Proto.Objective.StakeholderCooperation },
            Documents = { new Proto.ApplicationDocument { Kind = Proto.DocumentKind.Proposal, Title = "Proposal", Uri = "https://example.org/proposal.pdf" } },
        },
    };

    /// <summary>A priority of Tunis without evidence (the fixture proposes one).</summary>
    public static Proto.CreatePriorityRequest NewPriority() =>
        new() { Priority = new Proto.Priority { City = Known.Tunis, Text = new() { En = "Keep newcomers from other regions in the city" } } };

    private static Proto.CreateStakeholderGroupRequest NewGroup() => new()
    {
        StakeholderGroup = new Proto.StakeholderGroup
        {
            City = "cities/sfax", Members = { new Proto.GroupMember { Organisation = "Tunisian Red Crescent", Type = Proto.MemberType.CivilSociety, Role = "Reception" } },
        },
    };

    private static Proto.UpdateStakeholderGroupRequest Regroup(Known known) => new()
    {
        StakeholderGroup = new Proto.StakeholderGroup
        {
            Name = Known.SeededGroup, Etag = known.GroupEtag,
            Members = { new Proto.GroupMember { Organisation = "Lisbon City Council", Type = Proto.MemberType.CityDepartment, Role = "Chair" } },
        },
        UpdateMask = Mask("members"),
    };

    private static Proto.RecordWorkshopRequest Workshop(Known known) => new()
    {
        Name = Known.SeededGroup, Etag = known.GroupEtag,
        Workshop = new Proto.Workshop { HeldOn = Date(2024, 1, 10), Participants = 20, Outcome = new() { En = "Priorities for 2024." } },
    };

    private static Proto.Evidence Finding(string revision, string section) => new() { Profile = new Proto.ProfileFinding { Revision = revision, Section = section } };

    private static Proto.UpdatePriorityRequest Revise(Known known) => new()
    {
        Priority = new Proto.Priority { Name = known.ProposedPriority.Name, Text = new() { En = "Welcome newcomers from other regions" }, Etag = known.ProposedPriority.Etag },
        UpdateMask = Mask("text"),
    };

    private static Proto.AdoptPriorityRequest Adopt(Known known) => new()
    {
        Name = known.ProposedPriority.Name, AdoptedOn = Date(2024, 3, 1), AdoptedBy = "City Council of Tunis", Etag = known.ProposedPriority.Etag,
    };

    private static Proto.RetirePriorityRequest Retire(Known known) =>
        new() { Name = known.ProposedPriority.Name, Reason = "Met by the national plan.", Etag = known.ProposedPriority.Etag };

    private static Proto.Criterion Criterion(string id) => new() { Id = id, Name = new() { En = id }, MaxScore = 10 };

    private static Proto.SelectApplicationsRequest Select(Known known) => new() { Name = known.OpenCall.Name, Applications = { known.Application.Name } };

    private static Proto.SubmitApplicationRequest Apply(Known known) => NewApplication(known.OpenCall.Name);

    private static Proto.AssignEvaluatorsRequest Assign(Known known) =>
        new() { Name = known.Application.Name, Evaluators = { "evaluator-2" }, Etag = known.Application.Etag };

    private static Proto.ScoreApplicationRequest Score(Known known) => new()
    {
        Name = known.Application.Name,
        Scores = { new Proto.CriterionScore { Criterion = "relevance", Score = 8 }, new Proto.CriterionScore { Criterion = "feasibility", Score = 7 } },
    };

    private static Proto.UpdateActionRequest Plan(Known known) => new()
    {
        Action = new Proto.FundedAction { Name = Known.SeededAction, Title = new() { En = "TangerAccueil" }, Etag = known.ActionEtag },
        UpdateMask = Mask("title"),
    };

    private static Proto.Milestone Milestone(Google.Type.Date dueOn) => new() { Id = "desk-opened", Title = "Reception desk opened", DueOn = dueOn };

    private static Proto.ReportProgressRequest Report(Known known) => new()
    {
        Name = Known.SeededAction, ReportedOn = Date(2024, 1, 1), Status = Proto.ActionStatus.InProgress, ProgressPercent = 100, Etag = known.ActionEtag,
    };
}
