using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Meetings.Manage;

/// <summary>The words of the meetings' forms: scheduling, the lifecycle, outcomes, registrations.</summary>
public static class MeetingFormTexts
{
    public static readonly Text NewMeeting = new("New meeting", "Nouvelle réunion", "اجتماع جديد");
    public static readonly Text NewMeetingIntro = new(
        "Schedule a meeting of the network; it starts as planned, and you confirm it later.",
        "Planifiez une réunion du réseau ; elle est d'abord prévue, vous la confirmez ensuite.",
        "خطّط لاجتماع للشبكة؛ يبدأ بحالة مخطّط له، ثم تؤكّده لاحقاً.");
    public static readonly Text ManageThemes = new("The themes", "Les thèmes", "المواضيع");
    public static readonly Text Title = new("Title", "Titre", "العنوان");
    public static readonly Text TitleHelp = new("In English at least.", "En anglais au moins.", "بالإنجليزية على الأقل.");
    public static readonly Text Identifier = new("Identifier", "Identifiant", "المعرّف");
    public static readonly Text IdentifierHelp = new(
        "Lower-case letters, digits and hyphens, e.g. \"tunis-2027\"; part of the meeting's address. Left empty, one is chosen.",
        "Lettres minuscules, chiffres et tirets, par ex. « tunis-2027 » ; il fait partie de l'adresse de la réunion. Laissé vide, il est choisi pour vous.",
        "أحرف لاتينية صغيرة وأرقام وشرطات، مثل \"tunis-2027\"؛ وهو جزء من عنوان الاجتماع. إن تُرك فارغاً يُختار تلقائياً.");
    public static readonly Text ThemeHelp = new(
        "A peer-learning meeting needs a theme.", "Une réunion entre pairs a besoin d'un thème.", "يحتاج اجتماع التعلّم بين الأقران إلى موضوع.");
    public static readonly Text HostHelp = new(
        "A member city on every day of the meeting; none for an online event or one outside the network.",
        "Une ville membre chaque jour de la réunion ; aucune pour un événement en ligne ou hors du réseau.",
        "مدينة عضو طوال أيام الاجتماع؛ لا شيء لفعالية عبر الإنترنت أو خارج الشبكة.");
    public static readonly Text Location = new("Place", "Lieu", "المكان");
    public static readonly Text LocationHelp = new(
        "Required without a host city, e.g. \"Online\" or \"Brussels\".",
        "Obligatoire sans ville hôte, par ex. « En ligne » ou « Bruxelles ».",
        "مطلوب عند عدم وجود مدينة مضيفة، مثل \"عبر الإنترنت\" أو \"بروكسل\".");
    public static readonly Text FirstDay = new("First day", "Premier jour", "اليوم الأول");
    public static readonly Text LastDay = new("Last day", "Dernier jour", "اليوم الأخير");
    public static readonly Text TimeZone = new("Time zone", "Fuseau horaire", "المنطقة الزمنية");
    public static readonly Text TimeZoneHelp = new(
        "The host's IANA time zone, e.g. \"Africa/Tunis\" or \"Europe/Lisbon\".",
        "Le fuseau IANA de l'hôte, par ex. « Africa/Tunis » ou « Europe/Lisbon ».",
        "المنطقة الزمنية للمضيف بصيغة IANA، مثل \"Africa/Tunis\" أو \"Europe/Lisbon\".");
    public static readonly Text Format = new("Format", "Format", "الصيغة");
    public static readonly Text CapacityHelp = new(
        "0 means no limit. Registrations past the seats go to a waiting list.",
        "0 signifie sans limite. Les inscriptions au-delà des places vont sur une liste d'attente.",
        "0 يعني بلا حدّ. تذهب التسجيلات التي تتجاوز المقاعد إلى قائمة انتظار.");
    public static readonly Text Schedule = new("Schedule the meeting", "Planifier la réunion", "تخطيط الاجتماع");

    public static readonly Text Manage = new("Manage", "Gérer", "إدارة");
    public static readonly Text ManageMeeting = new("Manage this meeting", "Gérer cette réunion", "إدارة هذا الاجتماع");
    public static readonly Text PublicPage = new("The meeting's public page", "La page publique de la réunion", "الصفحة العامة للاجتماع");
    public static readonly Text NextSteps = new("Next steps", "Étapes suivantes", "الخطوات التالية");
    public static readonly Text ConfirmMeeting = new("Confirm the meeting", "Confirmer la réunion", "تأكيد الاجتماع");
    public static readonly Text MarkHeld = new("Mark as held", "Marquer comme tenue", "تسجيل أنه عُقد");
    public static readonly Text MarkHeldHelp = new(
        "Once it has begun; registrations then close.",
        "Une fois qu'elle a commencé ; les inscriptions sont alors closes.",
        "بعد بدئه؛ وتُغلق التسجيلات عندئذ.");
    public static readonly Text Reschedule = new("Reschedule", "Reporter", "إعادة الجدولة");
    public static readonly Text CancelMeeting = new("Cancel the meeting", "Annuler la réunion", "إلغاء الاجتماع");
    public static readonly Text CancelHelp = new(
        "The meeting will not take place; its registrations close.",
        "La réunion n'aura pas lieu ; ses inscriptions sont closes.",
        "لن يُعقد الاجتماع، وتُغلق تسجيلاته.");
    public static readonly Text Reason = new("Why", "Pourquoi", "السبب");
    public static readonly Text NoLimit = new("{0} registered, no limit", "{0} inscrits, sans limite", "{0} مسجّلون، بلا حدّ");
    public static readonly Text AdoptOutcomes = new("Adopt the outcomes", "Adopter les conclusions", "اعتماد النتائج");
    public static readonly Text OutcomesHelp = new(
        "The recommendations the meeting adopted, each with whom it asks to act; a political conference also adopts political messages. Leave unused slots empty. This is done once.",
        "Les recommandations adoptées par la réunion, chacune avec ses destinataires ; une conférence politique adopte aussi des messages politiques. Laissez vides les cases inutilisées. Cela se fait une seule fois.",
        "التوصيات التي اعتمدها الاجتماع، ولكلّ منها الجهات المعنية بها؛ ويعتمد المؤتمر السياسي أيضاً رسائل سياسية. اترك الخانات غير المستخدمة فارغة. يتم ذلك مرة واحدة.");
    public static readonly Text Recommendations = new("Recommendations", "Recommandations", "التوصيات");
    public static readonly Text RecommendationN = new("Recommendation {0}", "Recommandation {0}", "التوصية {0}");
    public static readonly Text RecommendationText = new("Text", "Texte", "النص");
    public static readonly Text Addressees = new("Addressed to", "Adressée à", "موجّهة إلى");
    public static readonly Text ToCities = new("The cities", "Les villes", "المدن");
    public static readonly Text ToPartners = new("The partners", "Les partenaires", "الشركاء");
    public static readonly Text ToNationalLevel = new("National governments", "Les gouvernements nationaux", "الحكومات الوطنية");
    public static readonly Text PoliticalMessagesHelp = new(
        "Only for a political conference.", "Seulement pour une conférence politique.", "للمؤتمر السياسي فقط.");
    public static readonly Text PoliticalMessageN = new("Political message {0}", "Message politique {0}", "الرسالة السياسية {0}");
    public static readonly Text Adopted = new("Adopted recommendations", "Recommandations adoptées", "التوصيات المعتمدة");

    public static readonly Text Registrations = new("Registrations", "Inscriptions", "التسجيلات");

    /// <summary>What the page says after a step went through (?done=).</summary>
    public static Text? Done(string done) => done switch
    {
        "created" => new("The meeting is scheduled (planned).", "La réunion est planifiée (prévue).", "تم تخطيط الاجتماع (مخطّط له)."),
        "confirmed" => new("The meeting is confirmed.", "La réunion est confirmée.", "تم تأكيد الاجتماع."),
        "rescheduled" => new("The meeting has new dates.", "La réunion a de nouvelles dates.", "للاجتماع مواعيد جديدة."),
        "cancelled" => new("The meeting is cancelled.", "La réunion est annulée.", "تم إلغاء الاجتماع."),
        "held" => new("The meeting is marked as held.", "La réunion est marquée comme tenue.", "تم تسجيل انعقاد الاجتماع."),
        "reported" => new("The outcomes are adopted.", "Les conclusions sont adoptées.", "تم اعتماد النتائج."),
        _ => null,
    };
}
