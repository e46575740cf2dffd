using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Components.Forms;

/// <summary>The words every form of the portal shares.</summary>
public static class FormTexts
{
    public static readonly Text Save = new("Save", "Enregistrer", "حفظ");
    public static readonly Text SaveAnyway = new("Save my version", "Enregistrer ma version", "حفظ نسختي");
    public static readonly Text Cancel = new("Cancel", "Annuler", "إلغاء");
    public static readonly Text Saved = new("Saved.", "Enregistré.", "تم الحفظ.");
    public static readonly Text Optional = new("optional", "facultatif", "اختياري");
    public static readonly Text NotAllowed = new(
        "Your role may not do this. Nothing was saved.",
        "Votre rôle ne permet pas cette action. Rien n'a été enregistré.",
        "لا يسمح دورك بهذا الإجراء. لم يُحفظ شيء.");
    public static readonly Text StaleHeading = new(
        "Someone changed this while you were editing",
        "Quelqu'un a modifié ceci pendant votre saisie",
        "قام شخص آخر بتعديل هذا أثناء تحريرك");
    public static readonly Text StaleBody = new(
        "Nothing was saved. Their version is shown below; your typing is kept in the form. Compare the two, then save again to replace their version with yours.",
        "Rien n'a été enregistré. Leur version est affichée ci-dessous ; votre saisie est conservée dans le formulaire. Comparez les deux, puis enregistrez à nouveau pour remplacer leur version par la vôtre.",
        "لم يُحفظ شيء. تظهر نسختهم أدناه، وما كتبته محفوظ في النموذج. قارن بين النسختين ثم احفظ مجدداً لاستبدال نسختهم بنسختك.");
    public static readonly Text CurrentVersion = new("Their version (current)", "Leur version (actuelle)", "نسختهم (الحالية)");
    public static readonly Text NextPage = new("Next page", "Page suivante", "الصفحة التالية");
    public static readonly Text FirstPage = new("First page", "Première page", "الصفحة الأولى");
    public static readonly Text Pages = new("Pages", "Pages", "الصفحات");
    public static readonly Text SignInToContinue = new(
        "Sign in to do this.", "Connectez-vous pour effectuer cette action.", "سجّل الدخول للقيام بذلك.");
}
