using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Actions;

/// <summary>A profile section as evidence names it (its field name, "local_context"), in words and as the profile page's anchor.</summary>
public static class ProfileSections
{
    public static Text Name(string section) => section switch
    {
        "synopsis" => Texts.Synopsis,
        "data_reflections" => Texts.DataReflections,
        "national_context" => Texts.NationalContext,
        "local_context" => Texts.LocalContext,
        "access_to_services" => Texts.AccessToServices,
        "social_inclusion" => Texts.SocialInclusion,
        "stakeholders" => Texts.Stakeholders,
        "priorities" => Texts.IdentifiedPriorities,
        _ => new(section, section, section),
    };

    public static string Anchor(string section) => section switch
    {
        "synopsis" => "synopsis",
        "data_reflections" => "data",
        "national_context" => "national",
        "local_context" => "local",
        "access_to_services" => "services",
        "social_inclusion" => "inclusion",
        "stakeholders" => "stakeholders",
        "priorities" => "identified-priorities",
        _ => string.Empty,
    };
}
