using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Figures;

/// <summary>The figure import page's words.</summary>
public static class FigureImportTexts
{
    public static readonly Text Title = new("Import figures", "Importer des chiffres", "استيراد الأرقام");
    public static readonly Text Intro = new(
        "Add or correct this city's figures and data gaps from a file: a CSV file or an Excel workbook with the columns of the figures' CSV export (observation, city, indicator, reference_year, sex, age_group, nationality, legal_status, kind, value, text_value, source, gap_missing, gap_reason, note, source_url). An export edited in a spreadsheet imports back.",
        "Ajoutez ou corrigez les chiffres et les lacunes de données de cette ville à partir d’un fichier : un fichier CSV ou un classeur Excel avec les colonnes de l’export CSV des chiffres (observation, city, indicator, reference_year, sex, age_group, nationality, legal_status, kind, value, text_value, source, gap_missing, gap_reason, note, source_url). Un export modifié dans un tableur se réimporte tel quel.",
        "أضِف أرقام هذه المدينة وثغرات بياناتها أو صحّحها من ملف: ملف CSV أو مصنف Excel بأعمدة تصدير الأرقام بصيغة CSV (observation, city, indicator, reference_year, sex, age_group, nationality, legal_status, kind, value, text_value, source, gap_missing, gap_reason, note, source_url). يمكن إعادة استيراد تصدير عُدِّل في جدول بيانات.");
    public static readonly Text File = new("File (.csv or .xlsx)", "Fichier (.csv ou .xlsx)", "الملف (‎.csv أو ‎.xlsx)");
    public static readonly Text FileHelp = new(
        "At most 2 MB and 5,000 rows. Choose the file again for each step: a browser does not keep it.",
        "2 Mo et 5 000 lignes au plus. Choisissez le fichier à nouveau à chaque étape : le navigateur ne le garde pas.",
        "بحد أقصى 2 ميغابايت و5000 صف. اختر الملف من جديد في كل خطوة: لا يحتفظ المتصفح به.");
    public static readonly Text Reason = new("Why the figures change (optional)", "Pourquoi les chiffres changent (facultatif)", "سبب تغيّر الأرقام (اختياري)");
    public static readonly Text ReasonHelp = new(
        "Kept in the history of every figure the file corrects.",
        "Conservé dans l’historique de chaque chiffre que le fichier corrige.",
        "يُحفظ في سجل كل رقم يصحّحه الملف.");
    public static readonly Text Check = new("Check the file", "Vérifier le fichier", "التحقق من الملف");
    public static readonly Text Import = new("Import", "Importer", "استيراد");
    public static readonly Text Checked = new(
        "The file was checked; nothing was stored.", "Le fichier a été vérifié ; rien n’a été enregistré.", "تم التحقق من الملف؛ لم يُحفظ شيء.");
    public static readonly Text Imported = new("The file was imported.", "Le fichier a été importé.", "تم استيراد الملف.");
    public static readonly Text NotImported = new(
        "The file was not imported: it has problems. Nothing was stored.",
        "Le fichier n’a pas été importé : il comporte des problèmes. Rien n’a été enregistré.",
        "لم يُستورد الملف: فيه مشكلات. لم يُحفظ شيء.");
    public static readonly Text Summary = new(
        "Rows: {0}. New: {1}, corrected: {2}, unchanged: {3}.",
        "Lignes : {0}. Nouvelles : {1}, corrigées : {2}, inchangées : {3}.",
        "الصفوف: {0}. جديدة: {1}، مصحَّحة: {2}، دون تغيير: {3}.");
    public static readonly Text Problems = new("Problems", "Problèmes", "المشكلات");
    public static readonly Text Row = new("Row", "Ligne", "الصف");
    public static readonly Text Column = new("Column", "Colonne", "العمود");
    public static readonly Text Problem = new("Problem", "Problème", "المشكلة");
    public static readonly Text WholeRow = new("(the row)", "(la ligne)", "(الصف كله)");
    public static readonly Text WholeFile = new("(the file)", "(le fichier)", "(الملف كله)");
    public static readonly Text Back = new("Back to the profile draft", "Retour au brouillon du profil", "العودة إلى مسودة الملف");
}
