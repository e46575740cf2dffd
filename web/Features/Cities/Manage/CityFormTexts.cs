using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Cities.Manage;

/// <summary>The words of the coordinators' city forms: a new city, joining and leaving the network.</summary>
public static class CityFormTexts
{
    public static readonly Text NewCity = new("New city", "Nouvelle ville", "مدينة جديدة");
    public static readonly Text NewCityIntro = new(
        "Register a city; it joins the network afterwards, for a phase.",
        "Enregistrez une ville ; elle rejoint ensuite le réseau, pour une phase.",
        "سجّل مدينة؛ ثم تنضمّ إلى الشبكة لاحقاً لمرحلة ما.");
    public static readonly Text Identifier = new("Identifier", "Identifiant", "المعرّف");
    public static readonly Text IdentifierHelp = new(
        "Lower-case letters, digits and hyphens, e.g. \"sousse\"; part of the city's address, it cannot change.",
        "Lettres minuscules, chiffres et tirets, par ex. « sousse » ; il fait partie de l'adresse de la ville et ne peut pas changer.",
        "أحرف لاتينية صغيرة وأرقام وشرطات، مثل \"sousse\"؛ وهو جزء من عنوان المدينة ولا يمكن تغييره.");
    public static readonly Text Name = new("Name", "Nom", "الاسم");
    public static readonly Text NameHelp = new("In English at least.", "En anglais au moins.", "بالإنجليزية على الأقل.");
    public static readonly Text CountryHelp = new(
        "Two letters (ISO 3166-1), e.g. \"TN\" or \"PT\".", "Deux lettres (ISO 3166-1), par ex. « TN » ou « PT ».", "حرفان (ISO 3166-1)، مثل \"TN\" أو \"PT\".");
    public static readonly Text Create = new("Register the city", "Enregistrer la ville", "تسجيل المدينة");
    public static readonly Text Created = new("The city is registered.", "La ville est enregistrée.", "تم تسجيل المدينة.");

    public static readonly Text MembershipTitle = new("Membership of the network", "Adhésion au réseau", "العضوية في الشبكة");
    public static readonly Text Manage = new("Membership: join or leave", "Adhésion : rejoindre ou quitter", "العضوية: الانضمام أو المغادرة");
    public static readonly Text History = new("Memberships so far", "Adhésions jusqu'ici", "العضويات حتى الآن");
    public static readonly Text NoMembership = new("None yet.", "Aucune pour l'instant.", "لا شيء بعد.");
    public static readonly Text Since = new("{0}: from {1}", "{0} : depuis le {1}", "{0}: منذ {1}");
    public static readonly Text FromTo = new("{0}: from {1} to {2}", "{0} : du {1} au {2}", "{0}: من {1} إلى {2}");
    public static readonly Text Join = new("Join the network", "Rejoindre le réseau", "الانضمام إلى الشبكة");
    public static readonly Text JoinRules = new(
        "A city joins for one phase, from a day within the phase's dates. A member must leave before joining again, and a new membership starts after the last one ended.",
        "Une ville rejoint le réseau pour une phase, à partir d'un jour compris dans les dates de la phase. Un membre doit partir avant de rejoindre à nouveau, et une nouvelle adhésion commence après la fin de la précédente.",
        "تنضمّ المدينة لمرحلة واحدة، بدءاً من يوم يقع ضمن تواريخ المرحلة. على العضو أن يغادر قبل الانضمام مجدداً، وتبدأ العضوية الجديدة بعد انتهاء السابقة.");
    public static readonly Text JoinedOn = new("First day of membership", "Premier jour d'adhésion", "اليوم الأول من العضوية");
    public static readonly Text Joined = new("The city is a member.", "La ville est membre.", "أصبحت المدينة عضواً.");
    public static readonly Text Leave = new("Leave the network", "Quitter le réseau", "مغادرة الشبكة");
    public static readonly Text LeaveRules = new(
        "The last day of membership: not before it began and not in the future. Meetings the city was to host after it are flagged for the coordinators.",
        "Le dernier jour d'adhésion : ni avant son début ni dans le futur. Les réunions que la ville devait accueillir ensuite sont signalées aux coordinateurs.",
        "اليوم الأخير من العضوية: ليس قبل بدايتها ولا في المستقبل. وتُنبَّه المنسّقون إلى الاجتماعات التي كانت المدينة ستستضيفها بعده.");
    public static readonly Text LeftOn = new("Last day of membership", "Dernier jour d'adhésion", "اليوم الأخير من العضوية");
    public static readonly Text Left = new("The city has left the network.", "La ville a quitté le réseau.", "غادرت المدينة الشبكة.");
}
