using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Knowledge.Indicators;

namespace Mc2cm.Knowledge.Seed;

/// <summary>
/// The indicator catalogue: the figures of the profiles' key-figures boxes (Tunis, Lisbon), and
/// one indicator for each of the six dimensions of IOM's Local Migration Governance Indicators.
/// </summary>
internal static class IndicatorSeedData
{
    private static readonly Disaggregation[] Sex = [Disaggregation.Sex];
    private static readonly Disaggregation[] People = [Disaggregation.Sex, Disaggregation.AgeGroup, Disaggregation.Nationality, Disaggregation.LegalStatus];

    public static IReadOnlyList<IndicatorDefinition> All { get; } = Build();

    private static List<IndicatorDefinition> Build()
    {
        var position = 0;
        IndicatorDefinition Number(string code, string en, string fr, string ar, string unit, Dimension dimension, Disaggregation[] by, bool key) =>
            new(code, new LocalizedText(en, fr, ar), unit, dimension, by, ValueKind.Number, key, ++position);
        IndicatorDefinition Text(string code, string en, string fr, string ar, Dimension dimension, bool key) =>
            new(code, new LocalizedText(en, fr, ar), "text", dimension, [], ValueKind.Text, key, ++position);

        return
        [
            Number("population-total", "Population", "Population", "عدد السكان", "persons", Dimension.Population, [Disaggregation.Sex, Disaggregation.AgeGroup], key: true),
            Number("population-share-of-national", "Share of the national population", "Part de la population nationale", "النسبة من سكان البلاد", "percent", Dimension.Population, [], key: true),
            Number("administrative-districts", "Administrative districts", "Circonscriptions administratives", "الدوائر الإدارية", "districts", Dimension.Population, [], key: true),
            Number("immigrant-share", "Immigrants in the population", "Part des immigrés dans la population", "نسبة المهاجرين من السكان", "percent", Dimension.Population, People, key: true),
            Number("migrant-share-men", "Men among migrants", "Part des hommes parmi les migrants", "نسبة الرجال بين المهاجرين", "percent", Dimension.Population, [Disaggregation.Nationality], key: true),
            Text("main-countries-of-origin", "Main countries of origin", "Principaux pays d'origine", "أهم بلدان المنشأ", Dimension.Population, key: true),
            Number("internal-migration-arrivals", "Internal migration: arrivals", "Migration interne : arrivées", "الهجرة الداخلية: الوافدون", "persons", Dimension.Population, Sex, key: true),
            Number("internal-migration-departures", "Internal migration: departures", "Migration interne : départs", "الهجرة الداخلية: المغادرون", "persons", Dimension.Population, Sex, key: true),
            Number("asylum-seekers-per-year", "Asylum seekers a year", "Demandeurs d'asile par an", "طالبو اللجوء سنويا", "persons per year", Dimension.Population, [Disaggregation.Sex, Disaggregation.Nationality], key: true),
            Number("migrants-with-health-coverage", "Migrants with health coverage", "Migrants couverts par l'assurance maladie", "المهاجرون المشمولون بالتغطية الصحية", "percent", Dimension.AccessToServices, [Disaggregation.LegalStatus, Disaggregation.Sex], key: false),
            Text("equal-access-to-city-services", "Migrants' access to city services regardless of status", "Accès des migrants aux services de la ville quel que soit leur statut", "وصول المهاجرين إلى خدمات المدينة بغض النظر عن وضعهم", Dimension.MigrantsRights, key: false),
            Text("local-migration-strategy", "Local migration strategy", "Stratégie locale de migration", "الاستراتيجية المحلية للهجرة", Dimension.WholeOfGovernment, key: false),
            Text("migrant-consultation-body", "Body that consults migrants and civil society", "Instance de consultation des migrants et de la société civile", "هيئة لاستشارة المهاجرين والمجتمع المدني", Dimension.Partnerships, key: false),
            Number("migrant-unemployment-rate", "Unemployment rate of migrants", "Taux de chômage des migrants", "معدل البطالة لدى المهاجرين", "percent", Dimension.SocioeconomicWellBeing, [Disaggregation.Sex, Disaggregation.AgeGroup], key: false),
            Text("emergency-plan-covers-migrants", "Emergency plans that cover migrants", "Plans d'urgence couvrant les migrants", "خطط الطوارئ التي تشمل المهاجرين", Dimension.MobilityDimensionsOfCrises, key: false),
            Text("migrant-information-desk", "Information desk for newcomers", "Guichet d'information pour les nouveaux arrivants", "مكتب إعلام للوافدين الجدد", Dimension.SafeOrderlyRegularMigration, key: false),
        ];
    }
}
