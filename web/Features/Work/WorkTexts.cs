using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Work;

/// <summary>The "my work" page's words: a heading and an empty line per kind of work.</summary>
public static class WorkTexts
{
    public static readonly Text Intro = new(
        "What waits for you now, by your roles; each item leads to the page where it is done.",
        "Ce qui vous attend maintenant, selon vos rôles ; chaque élément mène à la page où il se fait.",
        "ما ينتظرك الآن بحسب أدوارك؛ ويقود كل عنصر إلى الصفحة التي يُنجز فيها.");
    public static readonly Text NothingWaits = new(
        "Nothing waits for you now.", "Rien ne vous attend pour l'instant.", "لا شيء ينتظرك الآن.");
    public static readonly Text ReviewerSaid = new("The reviewer wrote:", "Le relecteur a écrit :", "كتب المراجِع:");
    public static readonly Text Closes = new("Closes on {0}", "Se clôt le {0}", "يُغلق في {0}");
    public static readonly Text Began = new("Began on {0}", "A commencé le {0}", "بدأ في {0}");
    public static readonly Text PartMissing = new(
        "Some of your work could not be read just now; try again shortly.",
        "Une partie de votre travail n'a pas pu être lue pour l'instant ; réessayez dans un moment.",
        "تعذّرت قراءة جزء من عملك الآن؛ حاول مجدداً بعد قليل.");

    public static Text Heading(WorkKind kind) => kind switch
    {
        WorkKind.DraftReturned => new("Drafts returned to you", "Brouillons qui vous sont renvoyés", "مسودات أُعيدت إليك"),
        WorkKind.DraftToFinish => new("Drafts to finish and submit", "Brouillons à terminer et soumettre", "مسودات لإكمالها وتقديمها"),
        WorkKind.ProfileToStart => new("Profiles to start", "Profils à commencer", "ملفات لبدئها"),
        WorkKind.ReviewPending => new("Profiles waiting for your review", "Profils en attente de votre relecture", "ملفات تنتظر مراجعتك"),
        WorkKind.ApplicationToScore => new("Applications to score", "Candidatures à noter", "طلبات لتقييمها"),
        WorkKind.MeetingToMarkHeld => new("Meetings begun, not marked held", "Réunions commencées, non marquées comme tenues", "اجتماعات بدأت ولم يُسجَّل انعقادها"),
        WorkKind.MeetingToReport => new("Meetings held, outcomes to adopt", "Réunions tenues, conclusions à adopter", "اجتماعات عُقدت ونتائجها بانتظار الاعتماد"),
        _ => new("Open calls your city may apply to", "Appels ouverts auxquels votre ville peut répondre", "دعوات مفتوحة يمكن لمدينتك التقدّم إليها"),
    };
}
