using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Meetings.Manage;

/// <summary>The words of registrations: the form, the waiting list, the states and the participants' roles.</summary>
public static class RegistrationTexts
{
    public static readonly Text Register = new("Register a participant", "Inscrire un participant", "تسجيل مشارك");
    public static readonly Text RegisterHelp = new(
        "While seats are free the participant gets one; past the seats, the registration goes to the waiting list and moves up when someone cancels.",
        "Tant qu'il reste des places, le participant en obtient une ; au-delà, l'inscription va sur la liste d'attente et avance quand quelqu'un annule.",
        "ما دامت هناك مقاعد شاغرة يحصل المشارك على مقعد؛ وبعدها يذهب التسجيل إلى قائمة الانتظار ويتقدّم عندما يلغي أحدهم.");
    public static readonly Text Full = new(
        "Every seat is taken: a new registration goes to the waiting list, and moves up when someone cancels.",
        "Toutes les places sont prises : une nouvelle inscription va sur la liste d'attente et avance quand quelqu'un annule.",
        "كل المقاعد مشغولة: يذهب أي تسجيل جديد إلى قائمة الانتظار ويتقدّم عندما يلغي أحدهم.");
    public static readonly Text Closed = new(
        "Registrations are closed: the meeting is held or cancelled.",
        "Les inscriptions sont closes : la réunion est tenue ou annulée.",
        "التسجيلات مغلقة: عُقد الاجتماع أو أُلغي.");
    public static readonly Text FullName = new("Full name", "Nom complet", "الاسم الكامل");
    public static readonly Text Email = new("E-mail address", "Adresse électronique", "البريد الإلكتروني");
    public static readonly Text EmailHelp = new(
        "One registration per address and meeting.", "Une inscription par adresse et par réunion.", "تسجيل واحد لكل عنوان واجتماع.");
    public static readonly Text RegisterButton = new("Register", "Inscrire", "تسجيل");
    public static readonly Text Registered = new(
        "The registration is made.", "L'inscription est faite.", "تم التسجيل.");
    public static readonly Text RegisterAnother = new(
        "The meeting's registrations", "Les inscriptions de la réunion", "تسجيلات الاجتماع");
    public static readonly Text CancelRegistration = new("Cancel the registration", "Annuler l'inscription", "إلغاء التسجيل");
    public static readonly Text CancelledNotice = new(
        "The registration is cancelled; a freed seat went to the first one waiting.",
        "L'inscription est annulée ; une place libérée est allée au premier en attente.",
        "أُلغي التسجيل؛ وذهب المقعد الذي تحرّر إلى أول المنتظرين.");
    public static readonly Text YourRegistrations = new("Your registrations", "Vos inscriptions", "تسجيلاتك");
    public static readonly Text WaitingLists = new("Registrations and waiting list", "Inscriptions et liste d'attente", "التسجيلات وقائمة الانتظار");
    public static readonly Text FilterRegistrations = new("Filter the registrations", "Filtrer les inscriptions", "تصفية التسجيلات");
    public static readonly Text Found = new("{0} registrations", "{0} inscriptions", "{0} تسجيلات");
    public static readonly Text Seat = new("Has a seat", "A une place", "لديه مقعد");
    public static readonly Text Waiting = new("Waiting list, number {0}", "Liste d'attente, n° {0}", "قائمة الانتظار، رقم {0}");
    public static readonly Text Cancelled = new("Cancelled", "Annulée", "ملغى");

    public static readonly IReadOnlyList<RegistrationState> States =
        [RegistrationState.Registered, RegistrationState.Waitlisted, RegistrationState.Cancelled];

    public static readonly IReadOnlyList<ParticipantRole> Roles =
        [ParticipantRole.CityStaff, ParticipantRole.ElectedOfficial, ParticipantRole.Expert, ParticipantRole.PartnerStaff, ParticipantRole.CivilSociety];

    public static string Slug(RegistrationState state) => state switch
    {
        RegistrationState.Registered => "registered",
        RegistrationState.Waitlisted => "waitlisted",
        RegistrationState.Cancelled => "cancelled",
        _ => string.Empty,
    };

    public static RegistrationState FromSlug(string? slug) => States.FirstOrDefault(s => Slug(s) == slug);

    public static Text StateName(RegistrationState state) => state switch
    {
        RegistrationState.Registered => Seat,
        RegistrationState.Waitlisted => new("Waiting list", "Liste d'attente", "قائمة الانتظار"),
        _ => Cancelled,
    };

    /// <summary>"Has a seat", "Waiting list, number 2", "Cancelled".</summary>
    public static string Describe(Registration registration, CurrentLanguage language) =>
        registration.State == RegistrationState.Waitlisted
            ? language.Format(Waiting, registration.WaitlistPosition)
            : language[StateName(registration.State)];

    public static Text RoleName(ParticipantRole role) => role switch
    {
        ParticipantRole.ElectedOfficial => new("Elected official", "Élu·e", "مسؤول منتخب"),
        ParticipantRole.CityStaff => new("City staff", "Personnel de la ville", "موظف في البلدية"),
        ParticipantRole.Expert => new("Expert", "Expert·e", "خبير"),
        ParticipantRole.PartnerStaff => new("Partner staff", "Personnel d'un partenaire", "موظف لدى شريك"),
        _ => new("Civil society", "Société civile", "المجتمع المدني"),
    };
}
