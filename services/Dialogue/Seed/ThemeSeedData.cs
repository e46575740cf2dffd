using Mc2cm.BuildingBlocks.Localization;

namespace Mc2cm.Dialogue.Seed;

/// <summary>
/// The theme catalogue: the themes of the Dialogue calendar in shared/domain.md (one per
/// peer-learning meeting) and, from the shared themes set at the Lyon kick-off (March 2016),
/// unaccompanied minors. The English names follow the sources; the French and Arabic names are
/// translations made for the suite.
/// </summary>
internal static class ThemeSeedData
{
    public static readonly IReadOnlyList<(string Id, LocalizedText Names)> Themes =
    [
        ("social-cohesion", new("Social cohesion, intercultural and inter-religious dialogue",
            "Cohésion sociale, dialogue interculturel et interreligieux", "التماسك الاجتماعي والحوار بين الثقافات والأديان")),
        ("employment-entrepreneurship", new("Migrants' employment and entrepreneurship",
            "Emploi et entrepreneuriat des migrants", "تشغيل المهاجرين وريادة الأعمال")),
        ("human-rights-basic-services", new("Human rights and access to basic services at the local level",
            "Droits humains et accès aux services de base au niveau local", "حقوق الإنسان والحصول على الخدمات الأساسية على المستوى المحلي")),
        ("refugee-reception", new("Reception of refugees", "Accueil des réfugiés", "استقبال اللاجئين")),
        ("urban-planning-housing", new("Territorial (urban) planning and housing",
            "Aménagement du territoire (urbain) et logement", "التخطيط الترابي (الحضري) والسكن")),
        ("education-language", new("Education and language (socio-educational inclusion)",
            "Éducation et langue (inclusion socio-éducative)", "التعليم واللغة (الإدماج الاجتماعي التربوي)")),
        ("institutional-coordination", new("Inter-institutional coordination",
            "Coordination interinstitutionnelle", "التنسيق بين المؤسسات")),
        ("communication-on-migration", new("Communication on migration", "Communication sur la migration", "التواصل بشأن الهجرة")),
        ("local-governments-civil-society", new("Local governments and civil society",
            "Gouvernements locaux et société civile", "الحكومات المحلية والمجتمع المدني")),
        ("urban-citizenship", new("Urban citizenship", "Citoyenneté urbaine", "المواطنة الحضرية")),
        ("unaccompanied-minors", new("Unaccompanied minors", "Mineurs non accompagnés", "القاصرون غير المصحوبين")),
    ];
}
