using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Features.Programme;

namespace Mc2cm.Web.Tests;

public sealed class ProgrammeFormsTests
{
    [Fact]
    public void An_edited_phase_with_its_end_emptied_names_the_end_so_the_phase_opens()
    {
        var form = PhaseForm.From(new Phase
        {
            Name = "phases/phase-3", Etag = "W/\"4\"", DisplayName = new() { En = "Phase III" },
            StartDate = new() { Year = 2021, Month = 4, Day = 1 }, EndDate = new() { Year = 2024, Month = 12, Day = 31 },
        });
        form.EndDate = null;

        var request = form.Update("phases/phase-3");

        Assert.Equal(("phases/phase-3", "W/\"4\"", "Phase III"), (request.Phase.Name, request.Phase.Etag, request.Phase.DisplayName.En));
        Assert.Null(request.Phase.EndDate);
        Assert.Equal(["display_name", "start_date", "end_date"], request.UpdateMask.Paths);
    }

    [Fact]
    public void A_new_partner_is_trimmed_and_carries_no_name_or_etag()
    {
        var form = new PartnerForm
        {
            Id = " medcities ", Acronym = " MedCities ", DisplayName = new LocalizedTextInput { En = "MedCities" },
            Role = PartnerRole.Partner, Contribution = " A network. ", Etag = "W/\"1\"",
        };

        var request = form.Create();

        Assert.Equal(("medcities", "MedCities", "A network.", "", ""), (request.PartnerId, request.Partner.Acronym, request.Partner.Contribution, request.Partner.Name, request.Partner.Etag));
    }
}
