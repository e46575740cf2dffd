using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Contracts.Events.Dialogue;
using Mc2cm.Testing;
using LocalizedText = Mc2cm.Contracts.Common.V1.LocalizedText;

namespace Mc2cm.Dialogue.Tests.Messaging;

/// <summary>Dialogue's events leave through the outbox and reach a real broker, with ids, themes, texts and counts only.</summary>
[Collection(DialogueCollection.Name)]
public sealed class DialogueEventsTests(DialogueApp app)
{
    private static readonly TimeSpan Deadline = Poll.ThroughTheBroker;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<ReceivedEvent> ReceiveAsync(EventQueue queue, string meetingId, string what)
    {
        await Poll.UntilAsync(async () => (await queue.DrainAsync(Ct)).Any(e => e.Text("meetingId") == meetingId), Deadline, what, Ct);
        return queue.Received.Single(e => e.Text("meetingId") == meetingId);
    }

    [Fact]
    public async Task Adopting_recommendations_publishes_RecommendationsAdopted_with_ids_themes_and_texts_and_no_personal_data()
    {
        await using var adoptedQueue = await EventQueue.BindAsync(app.BrokerConnectionString, typeof(RecommendationsAdopted), Ct);
        await using var heldQueue = await EventQueue.BindAsync(app.BrokerConnectionString, typeof(MeetingHeld), Ct);
        var held = await app.HeldAsync(participants: 2);
        var id = held.Name["meetings/".Length..];

        await app.Outcomes.AdoptOutcomesAsync(new AdoptOutcomesRequest
        {
            Name = held.Name,
            Recommendations =
            {
                new Recommendation
                {
                    Text = new LocalizedText { En = "Open a one-stop shop for newcomers.", Fr = "Ouvrir un guichet unique pour les nouveaux arrivants.", Ar = "فتح شباك موحد للوافدين الجدد." },
                    Themes = { "themes/refugee-reception", "themes/human-rights-basic-services" },
                    Addressees = { Addressee.Cities },
                },
                new Recommendation { Text = new LocalizedText { En = "Fund local migration data." }, Addressees = { Addressee.NationalLevel, Addressee.Partners } },
            },
        }, cancellationToken: Ct);

        var adopted = await ReceiveAsync(adoptedQueue, id, "RecommendationsAdopted on the broker");
        var recommendations = adopted.Message.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.Equal([$"{id}-1", $"{id}-2"], recommendations.Select(r => r.GetProperty("recommendationId").GetString()));
        Assert.Equal(["refugee-reception", "human-rights-basic-services"], recommendations[0].GetProperty("themeIds").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Ouvrir un guichet unique pour les nouveaux arrivants.", recommendations[0].GetProperty("text").GetProperty("fr").GetString());
        Assert.Equal(["national-level", "partners"], recommendations[1].GetProperty("addressees").EnumerateArray().Select(t => t.GetString()));
        var meetingHeld = await ReceiveAsync(heldQueue, id, "MeetingHeld on the broker");
        Assert.Equal(2, meetingHeld.Message.GetProperty("registeredCount").GetInt32());
        foreach (var json in new[] { adopted.Message.GetRawText(), meetingHeld.Message.GetRawText() })
        {
            Assert.DoesNotContain("Leila", json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@example.org", json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Scheduling_rescheduling_and_cancelling_each_reach_the_broker()
    {
        await using var scheduled = await EventQueue.BindAsync(app.BrokerConnectionString, typeof(MeetingScheduled), Ct);
        await using var rescheduled = await EventQueue.BindAsync(app.BrokerConnectionString, typeof(MeetingRescheduled), Ct);
        await using var cancelled = await EventQueue.BindAsync(app.BrokerConnectionString, typeof(MeetingCancelled), Ct);
        var meeting = await app.ScheduleAsync();
        var id = meeting.Name["meetings/".Length..];

        await app.Meetings.RescheduleMeetingAsync(new RescheduleMeetingRequest
        {
            Name = meeting.Name, StartDate = MeetingRequests.Day(2031, 10, 7), EndDate = MeetingRequests.Day(2031, 10, 8), Reason = "Clashes with a holiday.",
        }, cancellationToken: Ct);
        await app.Registrations.RegisterParticipantAsync(MeetingRequests.Register(meeting.Name), cancellationToken: Ct);
        await app.Meetings.CancelMeetingAsync(new CancelMeetingRequest { Name = meeting.Name, Reason = "No venue." }, cancellationToken: Ct);

        Assert.Equal("refugee-reception", (await ReceiveAsync(scheduled, id, "MeetingScheduled")).Message.GetProperty("themeIds")[0].GetString());
        var moved = await ReceiveAsync(rescheduled, id, "MeetingRescheduled");
        Assert.Equal(("2031-05-12", "2031-10-07"), (moved.Text("previousStartDate"), moved.Text("startDate")));
        Assert.Equal(1, (await ReceiveAsync(cancelled, id, "MeetingCancelled")).Message.GetProperty("registeredCount").GetInt32());
    }
}
