namespace Mc2cm.Web.Localization;

/// <summary>The portal's words, by page. Sentences with values use {0}, {1}.</summary>
public static class Texts
{
    public static readonly Text SiteName = new("MC2CM", "MC2CM", "MC2CM");
    public static readonly Text SiteTitle = new(
        "Mediterranean City-to-City Migration",
        "Migration Ville à Ville en Méditerranée",
        "الهجرة من مدينة إلى مدينة في المتوسط");
    public static readonly Text SkipToContent = new("Skip to content", "Aller au contenu", "انتقل إلى المحتوى");
    public static readonly Text MainNavigation = new("Main", "Principal", "الرئيسية");
    public static readonly Text LanguageNavigation = new("Language", "Langue", "اللغة");
    public static readonly Text Home = new("Home", "Accueil", "الصفحة الرئيسية");
    public static readonly Text Cities = new("Cities", "Villes", "المدن");
    public static readonly Text Compare = new("Compare", "Comparer", "مقارنة");
    public static readonly Text Meetings = new("Meetings", "Réunions", "الاجتماعات");
    public static readonly Text CallsAndActions = new("Calls and actions", "Appels et actions", "الدعوات والإجراءات");
    public static readonly Text SignIn = new("Sign in", "Se connecter", "تسجيل الدخول");
    public static readonly Text SignOut = new("Sign out", "Se déconnecter", "تسجيل الخروج");
    public static readonly Text SignedInAs = new("Signed in as", "Connecté en tant que", "مسجّل الدخول باسم");
    public static readonly Text FooterText = new(
        "MC2CM is led by ICMPD with UCLG and UN-Habitat, funded by the European Union. Every figure shows its year and source.",
        "MC2CM est mené par l'ICMPD avec CGLU et ONU-Habitat, financé par l'Union européenne. Chaque chiffre indique son année et sa source.",
        "يقود المركز الدولي لتطوير سياسات الهجرة مشروع MC2CM مع منظمة المدن والحكومات المحلية المتحدة وموئل الأمم المتحدة، بتمويل من الاتحاد الأوروبي. يبيّن كل رقم سنته ومصدره.");

    // Home
    public static readonly Text NetworkAtAGlance = new("The network at a glance", "Le réseau en un coup d'œil", "الشبكة في لمحة");
    public static readonly Text HomeIntro = new(
        "Cities of Europe, North Africa and the Middle East learn from each other how to govern migration locally.",
        "Des villes d'Europe, d'Afrique du Nord et du Moyen-Orient apprennent les unes des autres à gouverner la migration au niveau local.",
        "مدن من أوروبا وشمال أفريقيا والشرق الأوسط تتعلّم من بعضها كيفية حوكمة الهجرة محلياً.");
    public static readonly Text NetworkFigures = new("Network figures", "Chiffres du réseau", "أرقام الشبكة");
    public static readonly Text CitiesRegistered = new("Cities registered", "Villes inscrites", "المدن المسجّلة");
    public static readonly Text MembersNow = new("Members now", "Membres actuels", "الأعضاء حالياً");
    public static readonly Text ByRegion = new("By region", "Par région", "حسب المنطقة");
    public static readonly Text ByPhase = new("By phase", "Par phase", "حسب المرحلة");
    public static readonly Text NextMeeting = new("Next meeting", "Prochaine réunion", "الاجتماع القادم");
    public static readonly Text LastMeeting = new("Last meeting", "Dernière réunion", "آخر اجتماع");
    public static readonly Text NoNextMeeting = new("No meeting is planned yet.", "Aucune réunion n'est encore prévue.", "لم يُخطَّط لأي اجتماع بعد.");
    public static readonly Text NoLastMeeting = new("No meeting has taken place yet.", "Aucune réunion n'a encore eu lieu.", "لم يُعقد أي اجتماع بعد.");
    public static readonly Text CitiesOfTheNetwork = new("Member cities", "Villes membres", "المدن الأعضاء");

    // Regions
    public static readonly Text RegionEurope = new("Europe", "Europe", "أوروبا");
    public static readonly Text RegionNorthAfrica = new("North Africa", "Afrique du Nord", "شمال أفريقيا");
    public static readonly Text RegionMiddleEast = new("Middle East", "Moyen-Orient", "الشرق الأوسط");
    public static readonly Text RegionUnknown = new("Other", "Autre", "أخرى");

    // Errors
    public static readonly Text NotFoundTitle = new("Page not found", "Page introuvable", "الصفحة غير موجودة");
    public static readonly Text NotFoundText = new(
        "There is nothing at this address. The city, meeting or action may have another name.",
        "Il n'y a rien à cette adresse. La ville, la réunion ou l'action porte peut-être un autre nom.",
        "لا يوجد شيء في هذا العنوان. ربما للمدينة أو الاجتماع أو الإجراء اسم آخر.");
    public static readonly Text UnavailableTitle = new("The portal cannot reach the network's data", "Le portail ne peut pas joindre les données du réseau", "لا تستطيع البوابة الوصول إلى بيانات الشبكة");
    public static readonly Text UnavailableText = new(
        "The data service does not answer right now. Nothing is lost: try again in a moment.",
        "Le service de données ne répond pas pour le moment. Rien n'est perdu : réessayez dans un instant.",
        "خدمة البيانات لا تستجيب حالياً. لم يُفقد شيء: أعد المحاولة بعد لحظات.");
    public static readonly Text ErrorTitle = new("Something went wrong", "Une erreur s'est produite", "حدث خطأ ما");
    public static readonly Text ErrorText = new(
        "The page could not be shown. The error was recorded with its trace id:",
        "La page n'a pas pu être affichée. L'erreur a été enregistrée avec son identifiant de trace :",
        "تعذّر عرض الصفحة. سُجّل الخطأ مع معرّف التتبّع:");
    public static readonly Text TryAgain = new("Try again", "Réessayer", "أعد المحاولة");
    public static readonly Text BackHome = new("Back to the home page", "Retour à l'accueil", "العودة إلى الصفحة الرئيسية");
    public static readonly Text PartUnavailable = new(
        "This part cannot be shown right now ({0}).",
        "Cette partie ne peut pas être affichée pour le moment ({0}).",
        "لا يمكن عرض هذا الجزء حالياً ({0}).");
    public static readonly Text ReasonNotFound = new("nothing recorded yet", "rien d'enregistré pour l'instant", "لا شيء مسجّل بعد");
    public static readonly Text ReasonNotAllowed = new("not public", "non public", "غير علني");
    public static readonly Text ReasonTooSlow = new("its service answered too late", "son service a répondu trop tard", "أجابت خدمته متأخرة");
    public static readonly Text ReasonUnavailable = new("its service is unavailable", "son service est indisponible", "خدمته غير متاحة");
    public static readonly Text Region = new("Region", "Région", "المنطقة");
    public static readonly Text Phase = new("Phase", "Phase", "المرحلة");
}
