using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Cities.Cities;
using Mc2cm.Cities.Network;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Cities.Tests.Unit;

public sealed class CityRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly Phase PhaseOne = new("phase-1", new LocalizedText("Phase I", "", ""), new(2015, 2, 1), new(2018, 1, 31), []);
    private static readonly Phase PhaseTwo = new("phase-2", new LocalizedText("Phase II", "", ""), new(2018, 7, 1), new(2021, 3, 31), []);

    private static City Lisbon() =>
        City.Register("lisbon", new LocalizedText("Lisbon", "Lisbonne", "لشبونة"), "PT", Region.Europe, null, [], Now);

    [Fact]
    public void Registering_raises_CityRegistered_with_public_facts_only()
    {
        var city = City.Register("lisbon", new LocalizedText("Lisbon", "Lisbonne", "لشبونة"), "PT", Region.Europe, null,
            [new FocalPoint("Ana Silva", "Migration desk", "ana@example.org")], Now);

        var registered = Assert.IsType<CityRegistered>(Assert.Single(city.PendingEvents));
        Assert.Equal(new CityRegistered("lisbon", new CityNames("Lisbon", "Lisbonne", "لشبونة"), "PT", "europe", Now), registered);
        Assert.Equal(MembershipStatus.NotMember, city.Status);
        Assert.Equal(1, city.Version);
    }

    [Fact]
    public void Joining_then_leaving_moves_the_status_and_raises_both_events()
    {
        var city = Lisbon();

        city.JoinNetwork(PhaseTwo, new DateOnly(2018, 7, 1), Now);
        Assert.Equal(MembershipStatus.Member, city.Status);
        city.LeaveNetwork(new DateOnly(2020, 12, 31), Now);

        Assert.Equal(MembershipStatus.FormerMember, city.Status);
        Assert.Collection(city.PendingEvents.Skip(1),
            e => Assert.Equal(new CityJoinedNetwork("lisbon", "phase-2", new DateOnly(2018, 7, 1), 2, Now), e),
            e => Assert.Equal(new CityLeftNetwork("lisbon", "phase-2", new DateOnly(2020, 12, 31), 3, Now), e));
        Assert.Equal(3, city.Version);
    }

    [Fact]
    public void A_member_cannot_join_again_before_leaving()
    {
        var city = Lisbon();
        city.JoinNetwork(PhaseOne, new DateOnly(2015, 2, 1), Now);

        var error = Assert.Throws<FailedPreconditionException>(() => city.JoinNetwork(PhaseTwo, new DateOnly(2018, 7, 1), Now));

        Assert.Contains("already a member", error.Message, StringComparison.Ordinal);
        Assert.Single(city.Memberships);
    }

    [Fact]
    public void A_new_membership_cannot_overlap_an_ended_one()
    {
        var city = Lisbon();
        city.JoinNetwork(PhaseOne, new DateOnly(2015, 2, 1), Now);
        city.LeaveNetwork(new DateOnly(2018, 1, 31), Now);

        Assert.Throws<FailedPreconditionException>(() => city.JoinNetwork(PhaseOne, new DateOnly(2017, 1, 1), Now));
        city.JoinNetwork(PhaseTwo, new DateOnly(2018, 7, 1), Now);

        Assert.Equal(2, city.Memberships.Count);
    }

    [Fact]
    public void Leaving_needs_a_membership_and_a_date_not_before_it_began()
    {
        var city = Lisbon();
        Assert.Throws<FailedPreconditionException>(() => city.LeaveNetwork(new DateOnly(2020, 1, 1), Now));

        city.JoinNetwork(PhaseTwo, new DateOnly(2018, 7, 1), Now);
        Assert.Throws<FailedPreconditionException>(() => city.LeaveNetwork(new DateOnly(2018, 6, 30), Now));
        Assert.Equal(MembershipStatus.Member, city.Status);
    }

    [Fact]
    public void Changing_public_facts_raises_CityUpdated_with_the_new_version()
    {
        var city = Lisbon();

        city.Update(new CityChanges(Names: new NamePatch(null, null, "لشبونه"), Region: Region.Europe), Now);

        var updated = Assert.IsType<CityUpdated>(city.PendingEvents.Last());
        Assert.Equal(2, updated.Version);
        Assert.Equal(new CityNames("Lisbon", "Lisbonne", "لشبونه"), updated.Names);
        Assert.Contains("لشبونه", city.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_only_focal_points_bumps_the_version_but_tells_no_one()
    {
        var city = Lisbon();

        city.Update(new CityChanges(FocalPoints: [new FocalPoint("Rui Costa", "Mayor's office", "rui@example.org")]), Now);

        Assert.Equal(2, city.Version);
        Assert.IsType<CityRegistered>(Assert.Single(city.PendingEvents));
    }
}
