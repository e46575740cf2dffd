using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Events.Action;
using Mc2cm.Testing;

namespace Mc2cm.Action.Tests.Messaging;

/// <summary>Action tells the others, through its outbox and the real broker, what it decided.</summary>
[Collection(nameof(ActionCollection))]
public sealed class OutgoingEventsTests(ActionApp app)
{
    private static readonly TimeSpan Deadline = Poll.ThroughTheBroker;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Adoption_submission_funding_and_progress_are_each_published_once()
    {
        await using var adopted = await EventQueue.BindAsync(app.Broker, typeof(PriorityAdopted), Ct);
        await using var submitted = await EventQueue.BindAsync(app.Broker, typeof(ApplicationSubmitted), Ct);
        await using var funded = await EventQueue.BindAsync(app.Broker, typeof(ActionFunded), Ct);
        await using var progressed = await EventQueue.BindAsync(app.Broker, typeof(ActionProgressReported), Ct);

        var priority = await app.AdoptedTunisPriorityAsync();
        var action = await app.FundedActionAsync("tunis", priority.Name);
        await app.Actions.ReportProgressAsync(new ReportProgressRequest
        {
            Name = action.Name, ReportedOn = Steps.Today, Status = ActionStatus.InProgress, ProgressPercent = 25, Disbursed = Steps.Eur(10_000), Etag = action.Etag,
        }, cancellationToken: Ct);

        var priorityId = priority.Name["priorities/".Length..];
        var actionId = action.Name["actions/".Length..];
        var applicationId = action.Application["applications/".Length..];
        var adoption = await OneAsync(adopted, "priorityId", priorityId);
        var submission = await OneAsync(submitted, "applicationId", applicationId);
        var funding = await OneAsync(funded, "actionId", actionId);
        var progress = await OneAsync(progressed, "actionId", actionId);

        Assert.Equal(["profiles/tunis/revisions/1"], adoption.Message.GetProperty("profileRevisions").EnumerateArray().Select(e => e.GetString()));
        Assert.True(submission.Message.GetProperty("eligible").GetBoolean());
        // MassTransit's serializer writes decimals as strings, so no precision is lost on the way.
        Assert.Equal((applicationId, priorityId, 40_000m), (funding.Text("applicationId"), funding.Message.GetProperty("priorityIds")[0].GetString(), decimal.Parse(funding.Text("budget"), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(("in-progress", 25), (progress.Text("status"), progress.Message.GetProperty("progressPercent").GetInt32()));
    }

    private static async Task<ReceivedEvent> OneAsync(EventQueue queue, string property, string id)
    {
        await Poll.UntilAsync(async () =>
        {
            await queue.DrainAsync(Ct);
            return queue.Received.Any(e => e.Text(property) == id);
        }, Deadline, $"the event with {property} {id}", Ct);
        return Assert.Single(queue.Received, e => e.Text(property) == id);
    }
}
