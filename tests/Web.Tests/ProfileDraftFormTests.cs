using System.Globalization;
using Mc2cm.Contracts.Common.V1;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Features.Profiles;
using Mc2cm.Web.Features.Profiles.Editing;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Tests;

/// <summary>The draft editor's forms as the services take them: one section a save, figures and gaps, list items by line.</summary>
public sealed class ProfileDraftFormTests
{
    private static readonly Profile Read = new()
    {
        Name = "profiles/sfax",
        Etag = "\"7\"",
        Revision = new ProfileRevision
        {
            Number = 1,
            Content = new ProfileContent
            {
                Synopsis = new LocalizedText { En = "Second city", Ar = "المدينة الثانية" },
                DataReflections = new DataReflections { Sources = { "Census 2014", "IOM 2019" }, Gaps = { "Irregular migrants" } },
                Stakeholders = { new Stakeholder { Name = "Municipality" } },
            },
        },
    };

    [Fact]
    public void Priorities_keep_their_ids_and_order_and_spare_rows_are_not_sent()
    {
        var read = Read.Clone();
        read.Revision.Content.Priorities.Add(new IdentifiedPriority { Id = "housing", Text = new LocalizedText { En = "Housing" }, Theme = "urban-planning-housing" });
        var form = ProfileSectionForm.From(read);
        Assert.Equal(1 + ProfileSectionForm.NewPriorityRows, form.Priorities.Count);
        form.Priorities[2].Text.Fr = "Accueil";

        var request = form.Request("sfax", DraftSections.Priorities);

        Assert.Equal([DraftSections.Priorities], request.UpdateMask.Paths);
        Assert.Equal([("housing", "Housing", "urban-planning-housing"), (string.Empty, string.Empty, string.Empty)],
            request.Content.Priorities.Select(p => (p.Id, p.Text.En, p.Theme)));
        Assert.Equal("Accueil", request.Content.Priorities[1].Text.Fr);
    }

    [Fact]
    public void A_section_save_names_only_its_section_and_sends_the_etag_read()
    {
        var form = ProfileSectionForm.From(Read);
        form.Synopsis.Fr = "  Deuxième ville ";

        var request = form.Request("sfax", "synopsis");

        Assert.Equal(("profiles/sfax", "\"7\""), (request.Name, request.Etag));
        Assert.Equal(["synopsis"], request.UpdateMask.Paths);
        Assert.Equal(("Second city", "Deuxième ville", "المدينة الثانية"), (request.Content.Synopsis.En, request.Content.Synopsis.Fr, request.Content.Synopsis.Ar));
        Assert.Null(request.Content.DataReflections);
        Assert.Empty(request.Content.Stakeholders);
    }

    [Fact]
    public void Sources_and_gaps_are_one_a_line_blank_lines_dropped()
    {
        var form = ProfileSectionForm.From(Read);
        Assert.Equal("Census 2014\nIOM 2019", form.Sources);
        form.Gaps = "Irregular migrants\r\n\r\n  Returnees by year  \n";

        var data = form.Request("sfax", "data_reflections").Content.DataReflections;

        Assert.Equal(["Census 2014", "IOM 2019"], data.Sources);
        Assert.Equal(["Irregular migrants", "Returnees by year"], data.Gaps);
    }

    [Fact]
    public void Every_section_the_editor_offers_maps_to_a_section_of_the_profile()
    {
        foreach (var section in DraftSections.All)
        {
            var content = new ProfileSectionForm().Content(section.Name);
            Assert.Contains(section.Name, ProfileContent.SectionNames);
            Assert.NotNull(ProfileContent.Descriptor.FindFieldByName(section.Name).Accessor.GetValue(content));
        }
    }

    [Fact]
    public void The_access_table_round_trips_and_sends_only_the_areas_and_statuses_said()
    {
        var read = Read.Clone();
        var health = new ServiceAccess
        {
            Area = ServiceArea.Health,
            Access = { new StatusAccess { LegalStatus = LegalStatus.Regular, Level = AccessLevel.Full }, new StatusAccess { LegalStatus = LegalStatus.Irregular, Level = AccessLevel.Partial } },
            Narrative = new LocalizedText { En = "Emergency care for all", Ar = "رعاية طارئة للجميع" },
        };
        var justice = new ServiceAccess { Area = ServiceArea.JusticeAndLegalAid, Narrative = new LocalizedText { Fr = "Aide juridique par les ONG" } };
        read.Revision.Content.AccessToServices.AddRange([health, justice]);

        var form = ProfileSectionForm.From(read);
        var request = form.Request("sfax", DraftSections.AccessToServices);

        Assert.Equal(ProfileWords.Areas, form.Services.Select(r => r.Area));
        Assert.Equal([AccessLevel.Full, AccessLevel.Partial, AccessLevel.Unspecified, AccessLevel.Unspecified], form.Services[0].Levels);
        Assert.Equal([DraftSections.AccessToServices], request.UpdateMask.Paths);
        Assert.Equal([health, justice], request.Content.AccessToServices);
        Assert.Null(request.Content.Synopsis);
        Assert.Empty(request.Content.Stakeholders);
    }

    [Fact]
    public void An_area_said_in_the_form_is_sent_in_the_profiles_order_with_its_statuses_in_order()
    {
        var form = ProfileSectionForm.From(Read);
        var housing = form.Services.Single(r => r.Area == ServiceArea.Housing);
        housing.Levels = [AccessLevel.Unspecified, AccessLevel.None, AccessLevel.Unknown, AccessLevel.Unspecified];
        form.Services[0].Narrative.En = "  Clinics for everyone  ";

        var sent = form.Request("sfax", DraftSections.AccessToServices).Content.AccessToServices;

        Assert.Equal([ServiceArea.Health, ServiceArea.Housing], sent.Select(a => a.Area));
        Assert.Equal("Clinics for everyone", sent[0].Narrative.En);
        Assert.Empty(sent[0].Access);
        Assert.Equal([(LegalStatus.Irregular, AccessLevel.None), (LegalStatus.AsylumSeeker, AccessLevel.Unknown)], sent[1].Access.Select(a => (a.LegalStatus, a.Level)));
    }

    [Fact]
    public void Stakeholders_round_trip_blank_and_removed_rows_are_not_sent_and_a_row_without_a_name_is()
    {
        var read = Read.Clone();
        var city = new Stakeholder
        {
            Name = "Municipality of Sfax", Type = StakeholderType.LocalAuthority, Role = new LocalizedText { En = "Runs the reception desk" },
            Programmes = { "Welcome desk", "Language classes" },
        };
        read.Revision.Content.Stakeholders.Clear();
        read.Revision.Content.Stakeholders.AddRange([new Stakeholder { Name = "Gone NGO", Type = StakeholderType.CivilSociety }, city]);

        var form = ProfileSectionForm.From(read);
        Assert.Equal(2 + ProfileSectionForm.NewStakeholderRows, form.Stakeholders.Count);
        Assert.Equal("Welcome desk\nLanguage classes", form.Stakeholders[1].Programmes);
        Assert.Equal([city], form.Request("sfax", DraftSections.Stakeholders).Content.Stakeholders.Skip(1));

        form.Stakeholders[0].Remove = true;
        form.Stakeholders[3].Role.Fr = "Association de migrants";
        form.Stakeholders[3].Programmes = "Mentoring\r\n\r\n";
        var request = form.Request("sfax", DraftSections.Stakeholders);

        Assert.Equal([DraftSections.Stakeholders], request.UpdateMask.Paths);
        Assert.Equal([city, new Stakeholder { Role = new LocalizedText { Fr = "Association de migrants" }, Programmes = { "Mentoring" } }], request.Content.Stakeholders);
        Assert.Equal([1, 3], form.SentRows(DraftSections.Stakeholders));
        Assert.Empty(request.Content.AccessToServices);
        Assert.Null(request.Content.Synopsis);
    }

    [Fact]
    public void A_message_about_a_sent_row_goes_under_the_forms_row()
    {
        var form = ProfileSectionForm.From(Read);
        form.Stakeholders[0].Remove = true;
        form.Stakeholders[2].Role.En = "Legal aid";
        form.Services[4].Levels = [AccessLevel.Full, AccessLevel.Unspecified, AccessLevel.Partial, AccessLevel.Unspecified];
        var errors = new FormErrors();
        errors.Add("content.stakeholders[0].name", new FormMessage("This field is required.", "en"));
        errors.Add("content.stakeholders[0].programmes[1]", new FormMessage("Too long.", "en"));
        errors.Add("content.access_to_services[0].access[1].level", new FormMessage("must be an access level.", "en"));
        var english = new CurrentLanguage { Language = UiLanguage.English };

        var stakeholders = DraftErrors.ByLine(DraftErrors.ByRow(errors, form.SentLists(DraftSections.Stakeholders)), english, [.. form.LineLists(DraftSections.Stakeholders)]);
        var services = DraftErrors.ByRow(errors, form.SentLists(DraftSections.AccessToServices));

        Assert.Equal("This field is required.", Assert.Single(stakeholders.For("content.stakeholders[2].name")).Text);
        Assert.Equal("line 2: Too long.", Assert.Single(stakeholders.For("content.stakeholders[2].programmes")).Text);
        Assert.Empty(stakeholders.For("content.stakeholders[0].name"));
        Assert.Single(services.For("content.access_to_services[4].access[2].level"));
    }

    [Theory]
    [InlineData("fr", "1 250,5", 1250.5)]
    [InlineData("en", "1,250.5", 1250.5)]
    [InlineData("fr", "12.5", 12.5)]
    public void A_figure_is_read_as_a_number_in_the_pages_culture_or_the_invariant_one(string language, string typed, double expected)
    {
        var form = new FigureForm { Indicator = "indicators/population-total", Value = typed, Year = 2014, Source = " Census " };

        var observation = form.Request("sfax", ValueKind.Number, CultureInfo.GetCultureInfo(language)).Observation;

        Assert.Equal((Observation.ResultOneofCase.Value, expected), (observation.ResultCase, observation.Value));
        Assert.Equal(("cities/sfax", "indicators/population-total", 2014, "Census"), (observation.City, observation.Indicator, observation.ReferenceYear, observation.Source));
    }

    [Fact]
    public void Not_a_number_goes_to_the_service_to_be_named_and_a_gap_or_text_goes_as_such()
    {
        var culture = CultureInfo.InvariantCulture;
        Assert.True(double.IsNaN(new FigureForm { Value = "many" }.Request("sfax", ValueKind.Number, culture).Observation.Value));
        Assert.Equal("Syria, Libya", new FigureForm { Value = " Syria, Libya " }.Request("sfax", ValueKind.Text, culture).Observation.TextValue);
        var gap = new FigureForm { Value = "12", IsGap = true, GapMissing = "By nationality", GapReason = "Not collected" }.Request("sfax", ValueKind.Number, culture).Observation;
        Assert.Equal((Observation.ResultOneofCase.Gap, "By nationality", "Not collected"), (gap.ResultCase, gap.Gap.Missing, gap.Gap.Reason));
    }

    [Fact]
    public void A_message_about_a_line_goes_under_its_list_saying_the_line()
    {
        var errors = new FormErrors();
        errors.Add("content.data_reflections.gaps[1]", new FormMessage("Ce champ est obligatoire.", "fr"));
        errors.Add("content.synopsis.en", new FormMessage("Too long.", "en"));

        var folded = DraftErrors.ByLine(errors, new CurrentLanguage { Language = UiLanguage.French }, "content.data_reflections.gaps");

        Assert.Equal([new FormMessage("ligne 2: Ce champ est obligatoire.", "fr")], folded.For("content.data_reflections.gaps"));
        Assert.Equal([new FormMessage("Too long.", "en")], folded.For("content.synopsis.en"));
        Assert.Empty(folded.For("content.data_reflections.gaps[1]"));
    }
}
