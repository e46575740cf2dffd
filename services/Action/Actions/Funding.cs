using Mc2cm.Action.Applications;
using Mc2cm.Action.Calls;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.ServiceDefaults.Api;

namespace Mc2cm.Action.Actions;

/// <summary>Turns a selected application into a funded action with the money it asked for.</summary>
public static class Funding
{
    public static FundedAction From(Application application, Call call, DateTimeOffset now) =>
        FundedAction.Fund(new FundingDecision(
            ResourceNames.NewId("act"), new LocalizedText(application.Title, string.Empty, string.Empty), LocalizedText.Empty,
            application.CityId, call.Id, application.Id, application.Objectives, application.RequestedAmount, application.Currency,
            SdgTargets: [], application.PriorityIds, application.RecommendationIds, Milestones: []), now);
}
