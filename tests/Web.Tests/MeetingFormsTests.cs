using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Features.Meetings.Manage;

namespace Mc2cm.Web.Tests;

public sealed class MeetingFormsTests
{
    [Fact]
    public void A_new_meeting_is_sent_as_typed_with_its_one_theme_and_days()
    {
        var form = new NewMeetingForm
        {
            Id = " tunis-2027 ",
            DisplayName = new LocalizedTextInput { En = " Housing ", Ar = "السكن" },
            Kind = MeetingKind.PeerLearning,
            Theme = "themes/urban-housing",
            HostCity = "",
            Location = "Online",
            StartDate = new DateOnly(2027, 3, 9),
            EndDate = new DateOnly(2027, 3, 10),
            TimeZone = "Africa/Tunis",
            Format = MeetingFormat.Online,
            Capacity = 2,
        };

        var request = form.Request();

        Assert.Equal("tunis-2027", request.MeetingId);
        Assert.Equal("Housing", request.Meeting.DisplayName.En);
        Assert.Equal(string.Empty, request.Meeting.DisplayName.Fr);
        Assert.Equal(["themes/urban-housing"], request.Meeting.Themes);
        Assert.Equal(string.Empty, request.Meeting.HostCity);
        Assert.Equal((2027, 3, 9), (request.Meeting.StartDate.Year, request.Meeting.StartDate.Month, request.Meeting.StartDate.Day));
        Assert.Equal(10, request.Meeting.EndDate.Day);
        Assert.Equal(2, request.Meeting.Capacity);
    }

    [Fact]
    public void Days_left_empty_are_left_unset_for_the_service_to_name()
    {
        var request = new NewMeetingForm().Request();

        Assert.Null(request.Meeting.StartDate);
        Assert.Empty(request.Meeting.Themes);
    }

    [Fact]
    public void Outcomes_leave_out_blank_slots_and_carry_each_recommendations_addressees_and_the_version()
    {
        var form = new OutcomesForm { Etag = "W/\"7\"" };
        form.Recommendations[1].Text.En = "Open a one-stop shop for newcomers.";
        form.Recommendations[1].ToCities = true;
        form.Recommendations[1].ToNationalLevel = true;
        form.Recommendations[2].ToPartners = true; // ticked without a text: sent, so the service names the missing text
        form.PoliticalMessages[0].Fr = "Les villes accueillent.";

        var request = form.Request("meetings/m-1", ["themes/urban-housing"]);

        Assert.Equal("meetings/m-1", request.Name);
        Assert.Equal("W/\"7\"", request.Etag);
        Assert.Equal(2, request.Recommendations.Count);
        Assert.Equal("Open a one-stop shop for newcomers.", request.Recommendations[0].Text.En);
        Assert.Equal([Addressee.Cities, Addressee.NationalLevel], request.Recommendations[0].Addressees);
        Assert.Equal(["themes/urban-housing"], request.Recommendations[0].Themes);
        Assert.Equal([Addressee.Partners], request.Recommendations[1].Addressees);
        Assert.Equal("Les villes accueillent.", Assert.Single(request.PoliticalMessages).Fr);
    }

    [Fact]
    public void A_registration_and_its_cancellation_name_what_they_are_about()
    {
        var register = new RegistrationForm { DisplayName = " Amal B. ", Email = " amal@example.org ", City = "cities/tunis", Role = ParticipantRole.ElectedOfficial }
            .Request("meetings/m-1");
        var cancel = new CancelRegistrationForm { Registration = "meetings/m-1/registrations/r-1", Etag = "e" }.Request();

        Assert.Equal("meetings/m-1", register.Parent);
        Assert.Equal("Amal B.", register.Registration.Participant.DisplayName);
        Assert.Equal("amal@example.org", register.Registration.Participant.Email);
        Assert.Equal("cities/tunis", register.Registration.Participant.City);
        Assert.Equal(ParticipantRole.ElectedOfficial, register.Registration.Participant.Role);
        Assert.Equal(("meetings/m-1/registrations/r-1", "e"), (cancel.Name, cancel.Etag));
    }
}
