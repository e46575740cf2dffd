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
    public static readonly Text MyWork = new("My work", "Mon travail", "عملي");
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
    public static readonly Text OpenData = new(
        "Download all public data: a zip of CSV files with a README of their columns",
        "Télécharger toutes les données publiques : une archive zip de fichiers CSV avec un README de leurs colonnes",
        "تنزيل جميع البيانات العامة: ملف zip من ملفات CSV مع ملف README يشرح أعمدتها");
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
    public static readonly Text MapTitle = new(
        "Map of the Mediterranean with the network's cities, by phase",
        "Carte de la Méditerranée avec les villes du réseau, par phase",
        "خريطة البحر المتوسط مع مدن الشبكة حسب المرحلة");
    public static readonly Text NotOnMap = new("Not on the map (no location yet):", "Pas sur la carte (pas encore de position) :", "غير موجودة على الخريطة (لا موقع بعد):");

    // Cities
    public static readonly Text FilterCities = new("Filter the cities", "Filtrer les villes", "تصفية المدن");
    public static readonly Text NameContains = new("Name contains", "Le nom contient", "الاسم يحتوي على");
    public static readonly Text All = new("All", "Toutes", "الكل");
    public static readonly Text Filter = new("Show", "Afficher", "عرض");
    public static readonly Text ClearFilters = new("Clear the filters", "Effacer les filtres", "مسح عوامل التصفية");
    public static readonly Text CitiesFound = new("{0} cities", "{0} villes", "عدد المدن: {0}");
    public static readonly Text City = new("City", "Ville", "المدينة");
    public static readonly Text Country = new("Country", "Pays", "البلد");
    public static readonly Text Membership = new("Membership", "Adhésion", "العضوية");
    public static readonly Text Phases = new("Phases", "Phases", "المراحل");
    public static readonly Text Pages = new("Pages", "Pages", "الصفحات");
    public static readonly Text NextPage = new("Next page", "Page suivante", "الصفحة التالية");
    public static readonly Text BadRequestTitle = new("This address cannot be shown", "Cette adresse ne peut pas être affichée", "لا يمكن عرض هذا العنوان");
    public static readonly Text BadRequestText = new(
        "A filter in the address is not one the portal knows. Start again from the list.",
        "Un filtre de l'adresse n'est pas connu du portail. Recommencez depuis la liste.",
        "أحد عوامل التصفية في العنوان غير معروف للبوابة. ابدأ من جديد من القائمة.");

    // A city
    public static readonly Text AboutTheCity = new("About the city", "À propos de la ville", "عن المدينة");
    public static readonly Text Population = new("Population", "Population", "عدد السكان");
    public static readonly Text YearAndSource = new("{0}, source: {1}", "{0}, source : {1}", "{0}، المصدر: {1}");
    public static readonly Text MigrationProfile = new("City migration profile", "Profil migratoire de la ville", "الملف التعريفي للهجرة في المدينة");
    public static readonly Text PublishedRevision = new("Revision {0}, published on {1}.", "Révision {0}, publiée le {1}.", "المراجعة {0}، نُشرت في {1}.");
    public static readonly Text ReadTheProfile = new("Read the profile", "Lire le profil", "اقرأ الملف");
    public static readonly Text NoPublishedProfile = new("No revision of the profile is published yet.", "Aucune révision du profil n'est encore publiée.", "لم تُنشر أي مراجعة للملف بعد.");
    public static readonly Text OpenRevision = new("Revision {0} is being worked on ({1}).", "La révision {0} est en cours ({1}).", "يجري العمل على المراجعة {0} ({1}).");
    public static readonly Text KeyFigures = new("Key figures", "Chiffres clés", "أرقام رئيسية");
    public static readonly Text Indicator = new("Indicator", "Indicateur", "المؤشر");
    public static readonly Text Figure = new("Figure", "Chiffre", "الرقم");
    public static readonly Text Year = new("Year", "Année", "السنة");
    public static readonly Text Source = new("Source", "Source", "المصدر");
    public static readonly Text DataGap = new("No data", "Pas de données", "لا توجد بيانات");
    public static readonly Text NotReported = new("Not reported", "Non renseigné", "غير مُبلَّغ عنه");
    public static readonly Text MeetingsHosted = new("Meetings hosted", "Réunions accueillies", "الاجتماعات المستضافة");
    public static readonly Text NoMeetingsHosted = new("The city has not hosted a meeting.", "La ville n'a accueilli aucune réunion.", "لم تستضف المدينة أي اجتماع.");
    public static readonly Text AllMeetingsOfCity = new("All {0} meetings of the city", "Les {0} réunions de la ville", "جميع اجتماعات المدينة ({0})");
    public static readonly Text Priorities = new("Priorities", "Priorités", "الأولويات");
    public static readonly Text NoPriorities = new("No priority is recorded.", "Aucune priorité n'est enregistrée.", "لا توجد أولويات مسجّلة.");
    public static readonly Text FundedActions = new("Funded actions", "Actions financées", "الإجراءات المموَّلة");
    public static readonly Text NoFundedActions = new("No funded action yet.", "Aucune action financée pour l'instant.", "لا توجد إجراءات مموَّلة بعد.");
    public static readonly Text PercentDone = new("{0} % done", "{0} % réalisé", "أُنجز {0}٪");

    // A profile
    public static readonly Text RevisionOf = new("Revision {0} ({1})", "Révision {0} ({1})", "المراجعة {0} ({1})");
    public static readonly Text BackToCity = new("The city at a glance", "La ville en un coup d'œil", "المدينة في لمحة");
    public static readonly Text NotTheLatest = new("This is not the latest published revision (revision {0}).", "Ce n'est pas la dernière révision publiée (révision {0}).", "هذه ليست آخر مراجعة منشورة (المراجعة {0}).");
    public static readonly Text ReadTheLatest = new("Read the latest", "Lire la dernière", "اقرأ الأحدث");
    public static readonly Text Contents = new("Contents", "Sommaire", "المحتويات");
    public static readonly Text Synopsis = new("Synopsis", "Synthèse", "الخلاصة");
    public static readonly Text DataReflections = new("Migration data", "Données sur la migration", "بيانات الهجرة");
    public static readonly Text DataSources = new("Sources used", "Sources utilisées", "المصادر المستخدمة");
    public static readonly Text DataGaps = new("Data that is missing", "Données manquantes", "البيانات الناقصة");
    public static readonly Text NationalContext = new("National context", "Contexte national", "السياق الوطني");
    public static readonly Text MigrationPatterns = new("Migration patterns", "Tendances migratoires", "أنماط الهجرة");
    public static readonly Text NationalPolicy = new("National migration policy", "Politique migratoire nationale", "السياسة الوطنية للهجرة");
    public static readonly Text InstitutionalFramework = new("Institutional framework", "Cadre institutionnel", "الإطار المؤسسي");
    public static readonly Text InternationalCooperation = new("Regional and international cooperation", "Coopération régionale et internationale", "التعاون الإقليمي والدولي");
    public static readonly Text LocalContext = new("Local context", "Contexte local", "السياق المحلي");
    public static readonly Text ImmigrationSituation = new("Immigration in the city", "L'immigration dans la ville", "الهجرة إلى المدينة");
    public static readonly Text InternalMigration = new("Internal migration", "Migration interne", "الهجرة الداخلية");
    public static readonly Text ReturningNationals = new("Returning nationals", "Retour des nationaux", "عودة المواطنين");
    public static readonly Text AccessToServices = new("Access to rights and services", "Accès aux droits et aux services", "الوصول إلى الحقوق والخدمات");
    public static readonly Text AccessByStatus = new("Access by legal status", "Accès selon le statut juridique", "الوصول حسب الوضع القانوني");
    public static readonly Text ServiceArea = new("Service", "Service", "الخدمة");
    public static readonly Text SocialInclusion = new("Social and political inclusion", "Inclusion sociale et politique", "الإدماج الاجتماعي والسياسي");
    public static readonly Text Stakeholders = new("Stakeholders", "Acteurs", "الجهات المعنية");
    public static readonly Text Organisation = new("Organisation", "Organisation", "المنظمة");
    public static readonly Text Kind = new("Kind", "Type", "النوع");
    public static readonly Text Role = new("Role", "Rôle", "الدور");
    public static readonly Text Programmes = new("Programmes", "Programmes", "البرامج");
    public static readonly Text IdentifiedPriorities = new("Priorities identified", "Priorités identifiées", "الأولويات المحدَّدة");
    public static readonly Text Figures = new("Figures", "Chiffres", "الأرقام");
    public static readonly Text NoFigures = new("No figure is recorded for the city yet.", "Aucun chiffre n'est encore enregistré pour la ville.", "لم يُسجَّل أي رقم للمدينة بعد.");
    public static readonly Text MoreFigures = new("More figures", "Plus de chiffres", "مزيد من الأرقام");
    public static readonly Text Revisions = new("Revisions", "Révisions", "المراجعات");
    public static readonly Text NothingWritten = new("Nothing is written here yet.", "Rien n'est encore écrit ici.", "لم يُكتب شيء هنا بعد.");
    public static readonly Text Women = new("women", "femmes", "نساء");
    public static readonly Text Men = new("men", "hommes", "رجال");

    // Compare
    public static readonly Text CompareCities = new("Compare cities", "Comparer les villes", "مقارنة المدن");
    public static readonly Text CompareIntro = new(
        "Pick an indicator and cities. Every figure shows its year and source; a city without a figure shows the gap and why.",
        "Choisissez un indicateur et des villes. Chaque chiffre indique son année et sa source ; une ville sans chiffre montre la donnée manquante et pourquoi.",
        "اختر مؤشراً ومدناً. يبيّن كل رقم سنته ومصدره؛ والمدينة التي لا رقم لها تُظهر النقص وسببه.");
    public static readonly Text ChooseIndicator = new("Choose an indicator", "Choisir un indicateur", "اختر مؤشراً");
    public static readonly Text YearOptional = new("Year (optional)", "Année (facultatif)", "السنة (اختياري)");
    public static readonly Text YearHelp = new("Empty: each city's latest figure.", "Vide : le dernier chiffre de chaque ville.", "فارغ: آخر رقم لكل مدينة.");
    public static readonly Text CitiesToCompare = new("Cities", "Villes", "المدن");
    public static readonly Text CitiesHelp = new("None ticked: every member city.", "Aucune cochée : toutes les villes membres.", "إن لم تُحدَّد أي مدينة: جميع المدن الأعضاء.");
    public static readonly Text CompareButton = new("Compare", "Comparer", "قارن");
    public static readonly Text ComparisonCaption = new("{0} ({1}), by city", "{0} ({1}), par ville", "{0} ({1})، حسب المدينة");
    public static readonly Text ChartDescription = new(
        "Bar chart: {0} cities with a figure, {1} without (drawn as dashed gaps). The same figures are in the table below.",
        "Diagramme en barres : {0} villes avec un chiffre, {1} sans (en pointillés). Les mêmes chiffres figurent dans le tableau ci-dessous.",
        "مخطط أعمدة: {0} مدن لها رقم و{1} بدونه (مرسومة كفراغات متقطعة). الأرقام نفسها في الجدول أدناه.");
    public static readonly Text DownloadCsv = new("Download these figures (CSV)", "Télécharger ces chiffres (CSV)", "تنزيل هذه الأرقام (CSV)");

    // Meetings
    public static readonly Text FilterMeetings = new("Filter the meetings", "Filtrer les réunions", "تصفية الاجتماعات");
    public static readonly Text Theme = new("Theme", "Thème", "الموضوع");
    public static readonly Text HostCity = new("Host city", "Ville hôte", "المدينة المضيفة");
    public static readonly Text Views = new("Views", "Vues", "طرق العرض");
    public static readonly Text ListView = new("List", "Liste", "قائمة");
    public static readonly Text CalendarView = new("Month calendar", "Calendrier du mois", "تقويم الشهر");
    public static readonly Text Subscribe = new("Subscribe (iCalendar)", "S'abonner (iCalendar)", "اشترك (iCalendar)");
    public static readonly Text SubscribeHelp = new(
        "For a calendar app: every meeting of the chosen theme and city, kept up to date.",
        "Pour une application d'agenda : toutes les réunions du thème et de la ville choisis, tenues à jour.",
        "لتطبيق التقويم: جميع اجتماعات الموضوع والمدينة المختارين، محدَّثة باستمرار.");
    public static readonly Text Months = new("Months", "Mois", "الأشهر");
    public static readonly Text PreviousMonth = new("Previous month", "Mois précédent", "الشهر السابق");
    public static readonly Text NextMonth = new("Next month", "Mois suivant", "الشهر التالي");
    public static readonly Text MeetingsFound = new("{0} meetings", "{0} réunions", "عدد الاجتماعات: {0}");
    public static readonly Text When = new("When", "Quand", "متى");
    public static readonly Text Where = new("Where", "Où", "أين");
    public static readonly Text State = new("State", "État", "الحالة");
    public static readonly Text Themes = new("Themes", "Thèmes", "المواضيع");
    public static readonly Text CoOrganiser = new("Co-organiser", "Co-organisateur", "الجهة المشاركة في التنظيم");
    public static readonly Text WorkingLanguages = new("Working languages", "Langues de travail", "لغات العمل");
    public static readonly Text Seats = new("Seats", "Places", "المقاعد");
    public static readonly Text SeatsTaken = new("{0} of {1} taken, {2} waiting", "{0} sur {1} prises, {2} en attente", "{0} من {1} محجوزة، {2} في الانتظار");
    public static readonly Text CancelledBecause = new("Cancelled:", "Annulée :", "أُلغي:");
    public static readonly Text Agenda = new("Agenda", "Programme", "جدول الأعمال");
    public static readonly Text DayN = new("Day {0}", "Jour {0}", "اليوم {0}");
    public static readonly Text PoliticalMessages = new("Common political messages", "Messages politiques communs", "الرسائل السياسية المشتركة");
    public static readonly Text Documents = new("Documents", "Documents", "الوثائق");
    public static readonly Text Rescheduled = new("Rescheduled", "Reprogrammée", "أعيدت جدولته");
    public static readonly Text AllMeetings = new("All meetings", "Toutes les réunions", "جميع الاجتماعات");

    // Calls and actions
    public static readonly Text CallsIntro = new(
        "Calls for Targeted City Actions fund what cities set as their priorities, on evidence from their profiles and the network's recommendations.",
        "Les appels à actions ciblées financent ce que les villes ont fixé comme priorités, sur la base de leurs profils et des recommandations du réseau.",
        "تموّل الدعوات إلى الإجراءات الموجَّهة للمدن ما تحدّده المدن كأولويات، استناداً إلى ملفاتها وتوصيات الشبكة.");
    public static readonly Text Calls = new("Calls", "Appels", "الدعوات");
    public static readonly Text CallNumber = new("Call {0}", "Appel {0}", "الدعوة {0}");
    public static readonly Text EligibilityRules = new("Who may apply", "Qui peut candidater", "من يحق له التقدّم");
    public static readonly Text RuleMember = new("The city is a member of the network.", "La ville est membre du réseau.", "المدينة عضو في الشبكة.");
    public static readonly Text RuleCountries = new("In one of these countries:", "Dans l'un de ces pays :", "في أحد هذه البلدان:");
    public static readonly Text RuleApplicants = new("Applicants:", "Candidats :", "المتقدّمون:");
    public static readonly Text RuleSupportLetter = new("A letter of support from a public body for:", "Une lettre de soutien d'un organisme public pour :", "رسالة دعم من جهة عامة لـ:");
    public static readonly Text RuleMaxGrant = new("At most, per action:", "Au plus, par action :", "الحد الأقصى لكل إجراء:");
    public static readonly Text RuleObjectives = new("Serves at least one objective:", "Sert au moins un objectif :", "يخدم هدفاً واحداً على الأقل:");
    public static readonly Text RulePriorities = new("Linked priorities are adopted priorities of the city.", "Les priorités liées sont des priorités adoptées par la ville.", "الأولويات المرتبطة أولويات معتمدة للمدينة.");
    public static readonly Text CallBudget = new("Budget of the call:", "Budget de l'appel :", "ميزانية الدعوة:");
    public static readonly Text Criteria = new("Scored on:", "Évalué sur :", "يُقيَّم على أساس:");
    public static readonly Text Grant = new("Grant", "Subvention", "المنحة");
    public static readonly Text Disbursed = new("Paid out", "Versé", "المبلغ المصروف");
    public static readonly Text Objectives = new("Objectives", "Objectifs", "الأهداف");
    public static readonly Text SdgTargets = new("SDG targets", "Cibles des ODD", "غايات أهداف التنمية المستدامة");
    public static readonly Text HowItCameAbout = new("How the action came about", "D'où vient l'action", "كيف نشأ الإجراء");
    public static readonly Text ChainHelp = new(
        "From the evidence — a finding of the city's migration profile or a recommendation of the network — to the priority the city adopted, to the action funded.",
        "Des éléments probants — un constat du profil migratoire de la ville ou une recommandation du réseau — à la priorité adoptée par la ville, puis à l'action financée.",
        "من الأدلة — نتيجة في الملف التعريفي للهجرة في المدينة أو توصية من الشبكة — إلى الأولوية التي اعتمدتها المدينة، ثم إلى الإجراء المموَّل.");
    public static readonly Text NoChain = new("The action names no priority or recommendation.", "L'action ne cite aucune priorité ni recommandation.", "لا يذكر الإجراء أي أولوية أو توصية.");
    public static readonly Text ChainOf = new("From evidence to action: {0}", "Des éléments probants à l'action : {0}", "من الأدلة إلى الإجراء: {0}");
    public static readonly Text Evidence = new("Evidence", "Éléments probants", "الأدلة");
    public static readonly Text ProfileFinding = new("Profile finding:", "Constat du profil :", "نتيجة الملف:");
    public static readonly Text Recommendation = new("Recommendation:", "Recommandation :", "توصية:");
    public static readonly Text AdoptedAtMeeting = new("adopted at a meeting", "adoptée lors d'une réunion", "اعتُمدت في اجتماع");
    public static readonly Text NotYetCopied = new("not yet known here", "pas encore connu ici", "غير معروف هنا بعد");
    public static readonly Text Priority = new("Priority", "Priorité", "الأولوية");
    public static readonly Text FundedAction = new("Funded action", "Action financée", "الإجراء المموَّل");
    public static readonly Text FindingIn = new("{0}, revision {1}, {2}", "{0}, révision {1}, {2}", "{0}، المراجعة {1}، {2}");
    public static readonly Text Milestones = new("Milestones", "Étapes", "المراحل الرئيسية");
    public static readonly Text Milestone = new("Milestone", "Étape", "المرحلة");
    public static readonly Text Due = new("Due", "Prévue le", "الموعد المحدد");
    public static readonly Text Done = new("Reached", "Atteinte le", "تحقّقت في");
    public static readonly Text Results = new("Results", "Résultats", "النتائج");

    // Forms
    public static readonly Text FormHasErrors = new("The form could not be saved", "Le formulaire n'a pas pu être enregistré", "تعذّر حفظ النموذج");
    public static readonly Text ReadTheRevision = new("Read it", "La lire", "اقرأها");
}
