using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Themes;

/// <summary>The themes page's words.</summary>
public static class ThemeTexts
{
    public static readonly Text Themes = new("Themes", "Thèmes", "المواضيع");
    public static readonly Text Intro = new(
        "The themes the network's meetings are about; each links to its meetings.",
        "Les thèmes des réunions du réseau ; chacun mène à ses réunions.",
        "المواضيع التي تتناولها اجتماعات الشبكة؛ يؤدي كل منها إلى اجتماعاته.");
    public static readonly Text NewTheme = new("New theme", "Nouveau thème", "موضوع جديد");
    public static readonly Text Identifier = new("Identifier", "Identifiant", "المعرّف");
    public static readonly Text IdentifierHelp = new(
        "Lower-case letters, digits and hyphens, e.g. \"urban-housing\"; it is part of the theme's address and cannot change.",
        "Lettres minuscules, chiffres et tirets, par ex. « urban-housing » ; il fait partie de l'adresse du thème et ne peut pas changer.",
        "أحرف لاتينية صغيرة وأرقام وشرطات، مثل \"urban-housing\"؛ وهو جزء من عنوان الموضوع ولا يمكن تغييره.");
    public static readonly Text Name = new("Name", "Nom", "الاسم");
    public static readonly Text NameHelp = new(
        "In at least one language; the others are shown in it until translated.",
        "Dans au moins une langue ; les autres l'affichent en attendant une traduction.",
        "بلغة واحدة على الأقل؛ تُعرض بها اللغات الأخرى إلى أن تُترجم.");
    public static readonly Text Create = new("Create the theme", "Créer le thème", "إنشاء الموضوع");
    public static readonly Text Created = new("The theme was created.", "Le thème a été créé.", "تم إنشاء الموضوع.");
}
