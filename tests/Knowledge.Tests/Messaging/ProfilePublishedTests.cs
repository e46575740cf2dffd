using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mc2cm.Contracts.Events.Knowledge;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Testing;

namespace Mc2cm.Knowledge.Tests.Messaging;

/// <summary>Publishing a profile tells the others, through the outbox and a real broker.</summary>
public sealed class ProfilePublishedTests(KnowledgeApp app) : IClassFixture<KnowledgeApp>
{
    private static readonly TimeSpan Deadline = Poll.ThroughTheBroker;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publication_emits_ProfilePublished_with_the_revision_priorities_and_sections()
    {
        await using var queue = await EventQueue.BindAsync(app.Broker, typeof(ProfilePublished), Ct);
        var city = await app.NewCityAsync();
        await Poll.UntilAsync(async () =>
        {
            try
            {
                await app.Profiles.GetProfileAsync(new GetProfileRequest { Name = $"profiles/{city}", Revision = 1 }, cancellationToken: Ct);
                return true;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                return false;
            }
        }, Deadline, "the draft profile", Ct);
        var profile = (await app.Profiles.GetProfileAsync(new GetProfileRequest { Name = $"profiles/{city}", Revision = 1 }, cancellationToken: Ct)).Profile;

        profile = (await app.Profiles.UpdateProfileAsync(new UpdateProfileRequest
        {
            Name = profile.Name, Etag = profile.Etag,
            Content = new ProfileContent
            {
                Synopsis = new() { En = "A port city." },
                Priorities = { new IdentifiedPriority { Id = "reception", Text = new() { En = "Reception of newcomers", Fr = "Accueil des nouveaux arrivants" }, Theme = "reception-of-refugees" } },
            },
            UpdateMask = new FieldMask { Paths = { "synopsis", "priorities" } },
        }, cancellationToken: Ct)).Profile;
        profile = (await app.Profiles.SubmitProfileAsync(new SubmitProfileRequest { Name = profile.Name, Etag = profile.Etag }, cancellationToken: Ct)).Profile;
        await app.Profiles.PublishProfileAsync(new PublishProfileRequest { Name = profile.Name, Etag = profile.Etag }, cancellationToken: Ct);

        await Poll.UntilAsync(async () => (await queue.DrainAsync(Ct)).Any(e => e.Text("cityId") == city), Deadline, "ProfilePublished", Ct);
        var published = queue.Received.Single(e => e.Text("cityId") == city).Message;
        Assert.Equal(1, published.GetProperty("revision").GetInt32());
        var priority = published.GetProperty("priorities")[0];
        Assert.Equal(("reception", "Accueil des nouveaux arrivants", "reception-of-refugees"),
            (priority.GetProperty("id").GetString(), priority.GetProperty("textFr").GetString(), priority.GetProperty("theme").GetString()));
        Assert.Equal(["synopsis", "priorities"], published.GetProperty("sections").EnumerateArray().Select(s => s.GetString()));
    }
}
