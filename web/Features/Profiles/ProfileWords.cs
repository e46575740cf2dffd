using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Profiles;

/// <summary>The profiles' categories in the portal's words.</summary>
public static class ProfileWords
{
    public static readonly IReadOnlyList<LegalStatus> Statuses = [LegalStatus.Regular, LegalStatus.Irregular, LegalStatus.AsylumSeeker, LegalStatus.Refugee];

    public static readonly IReadOnlyList<ServiceArea> Areas =
        [ServiceArea.Health, ServiceArea.Education, ServiceArea.Housing, ServiceArea.Employment, ServiceArea.SocialServices, ServiceArea.JusticeAndLegalAid];

    public static readonly IReadOnlyList<AccessLevel> Levels = [AccessLevel.Full, AccessLevel.Partial, AccessLevel.None, AccessLevel.Unknown];

    public static readonly IReadOnlyList<StakeholderType> StakeholderTypes =
    [
        StakeholderType.LocalAuthority, StakeholderType.NationalAuthority, StakeholderType.CivilSociety, StakeholderType.MigrantAssociation,
        StakeholderType.InternationalOrganisation, StakeholderType.Academia, StakeholderType.PrivateSector,
    ];

    public static Text Area(ServiceArea area) => area switch
    {
        ServiceArea.Health => new("Health", "Santé", "الصحة"),
        ServiceArea.Education => new("Education", "Éducation", "التعليم"),
        ServiceArea.Housing => new("Housing", "Logement", "السكن"),
        ServiceArea.Employment => new("Employment", "Emploi", "العمل"),
        ServiceArea.SocialServices => new("Social services", "Services sociaux", "الخدمات الاجتماعية"),
        ServiceArea.JusticeAndLegalAid => new("Justice and legal aid", "Justice et aide juridique", "العدالة والمساعدة القانونية"),
        _ => new("Other", "Autre", "أخرى"),
    };

    public static Text Status(LegalStatus status) => status switch
    {
        LegalStatus.Regular => new("With a residence permit", "Avec titre de séjour", "بتصريح إقامة"),
        LegalStatus.Irregular => new("Without a residence permit", "Sans titre de séjour", "بدون تصريح إقامة"),
        LegalStatus.AsylumSeeker => new("Asylum seekers", "Demandeurs d'asile", "طالبو اللجوء"),
        LegalStatus.Refugee => new("Refugees", "Réfugiés", "اللاجئون"),
        _ => new("All", "Tous", "الجميع"),
    };

    public static Text Level(AccessLevel level) => level switch
    {
        AccessLevel.Full => new("Full access", "Accès complet", "وصول كامل"),
        AccessLevel.Partial => new("Partial access", "Accès partiel", "وصول جزئي"),
        AccessLevel.None => new("No access", "Pas d'accès", "لا وصول"),
        _ => new("Not known (data gap)", "Inconnu (donnée manquante)", "غير معروف (نقص في البيانات)"),
    };

    public static Text Stakeholder(StakeholderType type) => type switch
    {
        StakeholderType.LocalAuthority => new("Local authority", "Autorité locale", "سلطة محلية"),
        StakeholderType.NationalAuthority => new("National authority", "Autorité nationale", "سلطة وطنية"),
        StakeholderType.CivilSociety => new("Civil society", "Société civile", "المجتمع المدني"),
        StakeholderType.MigrantAssociation => new("Migrants' association", "Association de migrants", "جمعية مهاجرين"),
        StakeholderType.InternationalOrganisation => new("International organisation", "Organisation internationale", "منظمة دولية"),
        StakeholderType.Academia => new("Academia", "Université et recherche", "الأوساط الأكاديمية"),
        StakeholderType.PrivateSector => new("Private sector", "Secteur privé", "القطاع الخاص"),
        _ => new("Other", "Autre", "أخرى"),
    };
}
