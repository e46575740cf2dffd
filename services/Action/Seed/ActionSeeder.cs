using Mc2cm.Action.Actions;
using Mc2cm.Action.Data;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Action.V1;
using Microsoft.EntityFrameworkCore;
using Call = Mc2cm.Action.Calls.Call;
using FundedAction = Mc2cm.Action.Actions.FundedAction;
using StakeholderGroup = Mc2cm.Action.StakeholderGroups.StakeholderGroup;

namespace Mc2cm.Action.Seed;

/// <summary>
/// Loads the calls (three archived, one open) and funded actions that are missing. Seeded actions
/// go through the same rules as any other, so their ActionFunded and ActionProgressReported events
/// go out too.
/// </summary>
internal sealed class ActionSeeder(TimeProvider clock) : IDataSeeder<ActionDbContext>
{
    public const string Actor = "seed";

    public async Task SeedAsync(ActionDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var calls = await db.Calls.Select(c => c.Id).ToListAsync(cancellationToken);
        db.Calls.AddRange(CallSeedData.Calls.Where(c => !calls.Contains(c.Id)).Select(Call.Archived));
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var open = CallSeedData.Open(today);
        if (!calls.Contains(open.Id))
        {
            var call = Call.Draft(open);
            call.Open(today);
            db.Calls.Add(call);
        }

        var actions = await db.Actions.Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var seed in ActionSeedData.Actions.Where(a => !actions.Contains(a.Decision.Id)))
        {
            var action = FundedAction.Fund(seed.Decision, now);
            action.Report(new ProgressUpdate(ActionSeedData.ReportedOn, ActionStatus.Completed, 100, 0, [], seed.Results, "Completed (as of the 2022 review)."), Actor, now);
            db.Actions.Add(action);
        }

        var groups = await db.StakeholderGroups.Select(g => g.CityId).ToListAsync(cancellationToken);
        foreach (var (city, workshop) in StakeholderGroupSeedData.Workshops.Where(w => !groups.Contains(w.CityId)))
        {
            var group = StakeholderGroup.For(city, []);
            group.RecordWorkshop(workshop);
            db.StakeholderGroups.Add(group);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
