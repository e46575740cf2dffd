using Google.Protobuf.WellKnownTypes;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Gateway.Overview;

namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>The overview's deadline and its profile summary, without any service.</summary>
public sealed class OverviewUnitTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_deadline_is_the_configured_time_unless_the_caller_has_a_sooner_one()
    {
        var allowed = TimeSpan.FromSeconds(3);

        Assert.Equal(Now.AddSeconds(3), OverviewDeadline.For(Now, allowed, DateTime.MaxValue));
        Assert.Equal(Now.AddSeconds(3), OverviewDeadline.For(Now, allowed, Now.AddSeconds(10)));
        Assert.Equal(Now.AddSeconds(1) - OverviewDeadline.AnswerMargin, OverviewDeadline.For(Now, allowed, Now.AddSeconds(1)));
    }

    [Fact]
    public void A_profile_stands_at_its_latest_published_revision_and_its_open_one()
    {
        var published = Timestamp.FromDateTime(Now);
        ProfileRevision[] revisions =
        [
            new() { Number = 3, State = ProfileState.InReview },
            new() { Number = 2, State = ProfileState.Published, PublishTime = published },
            new() { Number = 1, State = ProfileState.Published, PublishTime = Timestamp.FromDateTime(Now.AddYears(-1)) },
        ];

        var part = ProfileSummary.From("tunis", revisions);
        var none = ProfileSummary.From("turin", []);

        Assert.Equal(("profiles/tunis", 2, published, 3, ProfileState.InReview),
            (part.Profile, part.PublishedRevision, part.PublishTime, part.OpenRevision, part.OpenRevisionState));
        Assert.Equal((0, null, 0, ProfileState.Unspecified), (none.PublishedRevision, none.PublishTime, none.OpenRevision, none.OpenRevisionState));
    }
}
