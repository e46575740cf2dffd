using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Programme;

/// <summary>The words of the programme's pages: its phases and partners, and the coordinators' forms for them.</summary>
public static class ProgrammeTexts
{
    public static readonly Text Phases = new("Phases of the programme", "Phases du programme", "مراحل البرنامج");
    public static readonly Text PhasesIntro = new(
        "Each phase with its dates as the public sources give them. Phases share no day; a phase whose end is not yet published is open.",
        "Chaque phase avec ses dates telles que les sources publiques les donnent. Les phases n'ont aucun jour en commun ; une phase dont la fin n'est pas encore publiée reste ouverte.",
        "كل مرحلة بتواريخها كما تذكرها المصادر العامة. لا تشترك المراحل في أي يوم؛ والمرحلة التي لم يُنشر تاريخ نهايتها بعد تبقى مفتوحة.");
    public static readonly Text Partners = new("Partners", "Partenaires", "الشركاء");
    public static readonly Text PartnersIntro = new(
        "The organisations that lead, run and fund MC2CM.",
        "Les organisations qui dirigent, mettent en œuvre et financent MC2CM.",
        "المنظمات التي تقود مشروع MC2CM وتنفّذه وتموّله.");
    public static readonly Text ProgrammeLink = new(
        "The programme: its phases and partners", "Le programme : ses phases et ses partenaires", "البرنامج: مراحله وشركاؤه");
    public static readonly Text Identifier = new("Identifier", "Identifiant", "المعرّف");
    public static readonly Text Name = new("Name", "Nom", "الاسم");
    public static readonly Text NameHelp = new("In English at least.", "En anglais au moins.", "بالإنجليزية على الأقل.");
    public static readonly Text Dates = new("Dates", "Dates", "التواريخ");
    public static readonly Text Open = new("from {0}, end not yet published", "depuis le {0}, fin pas encore publiée", "منذ {0}، ولم يُنشر تاريخ النهاية بعد");
    public static readonly Text Budget = new("Budget", "Budget", "الميزانية");
    public static readonly Text Edit = new("Edit", "Modifier", "تعديل");
    public static readonly Text AllPhases = new("All phases", "Toutes les phases", "كل المراحل");
    public static readonly Text AllPartners = new("All partners", "Tous les partenaires", "كل الشركاء");

    public static readonly Text NewPhase = new("New phase", "Nouvelle phase", "مرحلة جديدة");
    public static readonly Text EditPhase = new("Edit the phase", "Modifier la phase", "تعديل المرحلة");
    public static readonly Text PhaseRules = new(
        "A phase shares no day with another, and its end is not before its start. Leave the end empty while no source gives it. An edit keeps every member city's day of joining inside the phase.",
        "Une phase n'a aucun jour en commun avec une autre, et sa fin ne précède pas son début. Laissez la fin vide tant qu'aucune source ne la donne. Une modification garde dans la phase le jour d'adhésion de chaque ville membre.",
        "لا تشترك المرحلة في أي يوم مع مرحلة أخرى، ولا تسبق نهايتُها بدايتَها. اترك النهاية فارغة ما دام لا يذكرها أي مصدر. ويُبقي التعديلُ يومَ انضمام كل مدينة عضو داخل المرحلة.");
    public static readonly Text PhaseIdHelp = new(
        "Lower-case letters, digits and hyphens, e.g. \"phase-3\"; part of the phase's address, it cannot change.",
        "Lettres minuscules, chiffres et tirets, par ex. « phase-3 » ; il fait partie de l'adresse de la phase et ne peut pas changer.",
        "أحرف لاتينية صغيرة وأرقام وشرطات، مثل \"phase-3\"؛ وهو جزء من عنوان المرحلة ولا يمكن تغييره.");
    public static readonly Text StartDate = new("First day", "Premier jour", "اليوم الأول");
    public static readonly Text EndDate = new("Last day", "Dernier jour", "اليوم الأخير");
    public static readonly Text EndDateHelp = new(
        "Empty: the end is not published yet.", "Vide : la fin n'est pas encore publiée.", "فارغ: لم يُنشر تاريخ النهاية بعد.");
    public static readonly Text CreatePhase = new("Add the phase", "Ajouter la phase", "إضافة المرحلة");
    public static readonly Text PhaseCreated = new("The phase is added.", "La phase est ajoutée.", "تمت إضافة المرحلة.");

    public static readonly Text NewPartner = new("New partner", "Nouveau partenaire", "شريك جديد");
    public static readonly Text EditPartner = new("Edit the partner", "Modifier le partenaire", "تعديل الشريك");
    public static readonly Text PartnerIdHelp = new(
        "Lower-case letters, digits and hyphens, e.g. \"medcities\"; part of the partner's address, it cannot change.",
        "Lettres minuscules, chiffres et tirets, par ex. « medcities » ; il fait partie de l'adresse du partenaire et ne peut pas changer.",
        "أحرف لاتينية صغيرة وأرقام وشرطات، مثل \"medcities\"؛ وهو جزء من عنوان الشريك ولا يمكن تغييره.");
    public static readonly Text Acronym = new("Acronym", "Sigle", "الاختصار");
    public static readonly Text Contribution = new("What it brings", "Son apport", "ما يقدّمه");
    public static readonly Text CreatePartner = new("Add the partner", "Ajouter le partenaire", "إضافة الشريك");
    public static readonly Text PartnerCreated = new("The partner is added.", "Le partenaire est ajouté.", "تمت إضافة الشريك.");
    public static readonly Text Lead = new("Lead", "Chef de file", "الجهة القائدة");
    public static readonly Text Implementer = new("Partner", "Partenaire", "شريك");
    public static readonly Text Funder = new("Funder", "Bailleur", "جهة مموّلة");
}
