using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Profiles.Editing;

/// <summary>The words of the profile draft editor and of the coordinators' review.</summary>
public static class DraftTexts
{
    public static readonly Text Draft = new("Profile draft", "Brouillon du profil", "مسودة الملف");
    public static readonly Text Intro = new(
        "Edit the profile section by section, in up to three languages; add figures and declare the data that is missing; then submit it for review.",
        "Modifiez le profil section par section, dans trois langues au plus ; ajoutez des chiffres et déclarez les données manquantes ; puis soumettez-le à la relecture.",
        "حرّر الملف قسماً قسماً بثلاث لغات على الأكثر؛ أضف الأرقام وصرّح بالبيانات الناقصة؛ ثم أرسله للمراجعة.");
    public static readonly Text RevisionState = new("Revision {0}: {1}", "Révision {0} : {1}", "المراجعة {0}: {1}");
    public static readonly Text Returned = new("Returned by the coordinator", "Renvoyé par le coordinateur", "أعاده المنسق");
    public static readonly Text ReturnedHelp = new(
        "Change what the comment asks for, then submit the profile again.",
        "Modifiez ce que demande le commentaire, puis soumettez à nouveau le profil.",
        "عدّل ما يطلبه التعليق ثم أرسل الملف مجدداً.");
    public static readonly Text InReviewNote = new(
        "The profile is in review: it cannot be edited until a coordinator returns or publishes it.",
        "Le profil est en relecture : il ne peut pas être modifié avant qu'un coordinateur le renvoie ou le publie.",
        "الملف قيد المراجعة: لا يمكن تعديله حتى يعيده المنسق أو ينشره.");
    public static readonly Text PublishedNote = new(
        "This revision is published. Editing a section starts a new draft from it.",
        "Cette révision est publiée. Modifier une section commence un nouveau brouillon à partir d'elle.",
        "هذه المراجعة منشورة. تعديل أي قسم يبدأ مسودة جديدة منها.");
    public static readonly Text Sections = new("Sections", "Sections", "الأقسام");
    public static readonly Text EditSection = new("Edit: {0}", "Modifier : {0}", "تعديل: {0}");
    public static readonly Text Empty = new("Nothing written yet.", "Rien d'écrit pour l'instant.", "لم يُكتب شيء بعد.");
    public static readonly Text Written = new("Written in: {0}", "Rédigé en : {0}", "مكتوب بـ: {0}");
    public static readonly Text Narrative = new("Narrative", "Texte", "النص");
    public static readonly Text SourcesHelp = new(
        "One source a line, e.g. \"National census 2014 (INS)\".",
        "Une source par ligne, par ex. « Recensement national 2014 (INS) ».",
        "مصدر واحد في كل سطر، مثل \"التعداد الوطني 2014\".");
    public static readonly Text GapsHelp = new(
        "Say what data is missing, one gap a line, e.g. \"Irregular migrants by nationality\".",
        "Indiquez les données manquantes, une par ligne, par ex. « Migrants en situation irrégulière par nationalité ».",
        "اذكر البيانات الناقصة، واحدة في كل سطر، مثل \"المهاجرون غير النظاميين حسب الجنسية\".");
    public static readonly Text Line = new("line {0}", "ligne {0}", "السطر {0}");
    public static readonly Text SaveSection = new("Save the section", "Enregistrer la section", "حفظ القسم");
    public static readonly Text SectionSaved = new("The section was saved.", "La section a été enregistrée.", "تم حفظ القسم.");
    public static readonly Text BackToDraft = new("Back to the draft", "Retour au brouillon", "العودة إلى المسودة");
    public static readonly Text Submit = new("Submit for review", "Soumettre à la relecture", "إرسال للمراجعة");
    public static readonly Text SubmitHelp = new(
        "A coordinator reads it and publishes it or returns it with a comment.",
        "Un coordinateur le lit, puis le publie ou le renvoie avec un commentaire.",
        "يقرؤه المنسق ثم ينشره أو يعيده مع تعليق.");
    public static readonly Text Submitted = new("The profile was submitted for review.", "Le profil a été soumis à la relecture.", "أُرسل الملف للمراجعة.");
    public static readonly Text NoProfile = new("This city has no profile yet.", "Cette ville n'a pas encore de profil.", "لا يوجد ملف لهذه المدينة بعد.");
    public static readonly Text Start = new("Start the profile", "Commencer le profil", "بدء الملف");
    public static readonly Text Started = new("The profile was started.", "Le profil a été commencé.", "بدأ الملف.");
    public static readonly Text NotYours = new(
        "You may read this draft but not edit it: only the city's own people and the coordinators may.",
        "Vous pouvez lire ce brouillon mais pas le modifier : seuls les membres de la ville et les coordinateurs le peuvent.",
        "يمكنك قراءة هذه المسودة دون تعديلها: لا يعدّلها إلا أهل المدينة والمنسقون.");

    // Figures.
    public static readonly Text AddFigure = new("Add a figure or a data gap", "Ajouter un chiffre ou une donnée manquante", "إضافة رقم أو نقص في البيانات");
    public static readonly Text AddFigureHelp = new(
        "A figure of an indicator for a year, with its source; or, when the figure does not exist, what is missing and why.",
        "Un chiffre d'un indicateur pour une année, avec sa source ; ou, si le chiffre n'existe pas, ce qui manque et pourquoi.",
        "رقم لمؤشر في سنة ما مع مصدره؛ أو، إن لم يتوفر الرقم، ما الناقص ولماذا.");
    public static readonly Text Value = new("Figure", "Chiffre", "الرقم");
    public static readonly Text ValueHelp = new(
        "A number in the indicator's unit (e.g. 1250 or 12.5), or a short text for text indicators.",
        "Un nombre dans l'unité de l'indicateur (par ex. 1250 ou 12,5), ou un texte court pour les indicateurs textuels.",
        "عدد بوحدة المؤشر (مثل 1250 أو 12.5)، أو نص قصير للمؤشرات النصية.");
    public static readonly Text IsGap = new("The figure is missing (a data gap)", "Le chiffre manque (donnée manquante)", "الرقم غير متوفر (نقص في البيانات)");
    public static readonly Text GapMissing = new("What is missing", "Ce qui manque", "ما الناقص");
    public static readonly Text GapReason = new("Why it is missing", "Pourquoi il manque", "سبب النقص");
    public static readonly Text FigureAdded = new("The figure was added.", "Le chiffre a été ajouté.", "أُضيف الرقم.");
    public static readonly Text RecordFigure = new("Add", "Ajouter", "إضافة");
    public static readonly Text SeeFigures = new("The city's figures", "Les chiffres de la ville", "أرقام المدينة");

    // Review.
    public static readonly Text ReviewQueue = new("Profiles to review", "Profils à relire", "ملفات للمراجعة");
    public static readonly Text ReviewQueueIntro = new(
        "The profiles the cities submitted; read each, then publish it or return it with a comment.",
        "Les profils soumis par les villes ; lisez chacun, puis publiez-le ou renvoyez-le avec un commentaire.",
        "الملفات التي أرسلتها المدن؛ اقرأ كلاً منها ثم انشره أو أعده مع تعليق.");
    public static readonly Text State = new("State", "État", "الحالة");
    public static readonly Text Show = new("Show", "Afficher", "عرض");
    public static readonly Text NothingToReview = new("No profile is in this state.", "Aucun profil n'est dans cet état.", "لا يوجد ملف في هذه الحالة.");
    public static readonly Text Review = new("Review: {0}", "Relecture : {0}", "مراجعة: {0}");
    public static readonly Text ReadRevision = new("Read revision {0} in full", "Lire la révision {0} en entier", "قراءة المراجعة {0} كاملة");
    public static readonly Text Publish = new("Publish", "Publier", "نشر");
    public static readonly Text PublishHelp = new(
        "Everyone can read a published revision; it never changes again.",
        "Tout le monde peut lire une révision publiée ; elle ne change plus jamais.",
        "يستطيع الجميع قراءة المراجعة المنشورة، ولا تتغير بعد ذلك أبداً.");
    public static readonly Text Published = new("The profile was published.", "Le profil a été publié.", "نُشر الملف.");
    public static readonly Text ReturnWithComment = new("Return with a comment", "Renvoyer avec un commentaire", "إعادة مع تعليق");
    public static readonly Text Comment = new("What the authors should change", "Ce que les auteurs doivent modifier", "ما ينبغي للمؤلفين تغييره");
    public static readonly Text ReturnIt = new("Return to the city", "Renvoyer à la ville", "إعادة إلى المدينة");
    public static readonly Text ReturnedDone = new("The profile was returned to the city.", "Le profil a été renvoyé à la ville.", "أعيد الملف إلى المدينة.");
    public static readonly Text NotInReview = new("This profile is not in review.", "Ce profil n'est pas en relecture.", "هذا الملف ليس قيد المراجعة.");
    public static readonly Text OpenEditor = new("Open the draft", "Ouvrir le brouillon", "فتح المسودة");
    public static readonly Text PriorityNumber = new("Priority {0}", "Priorité {0}", "الأولوية {0}");
    public static readonly Text PrioritiesHelp = new(
        "The priorities the profile identifies; once published, the city may propose them for action. Leave a row empty to add none.",
        "Les priorités que le profil identifie ; une fois publié, la ville peut les proposer pour une action. Laissez une ligne vide pour n'en ajouter aucune.",
        "الأولويات التي يحددها الملف؛ بعد نشره يمكن للمدينة اقتراحها للعمل. اترك السطر فارغاً إن لم تضف شيئاً.");
    public static readonly Text NoTheme = new("No theme", "Aucun thème", "بدون موضوع");

    // Access to services.
    public static readonly Text AccessHelp = new(
        "For each service, the access migrants of each legal status have; choose \"Not known\" when the data is missing, and leave \"Not said\" for what the profile does not cover. Then describe each service below.",
        "Pour chaque service, l'accès qu'ont les migrants de chaque statut juridique ; choisissez « Inconnu » quand la donnée manque, et laissez « Non précisé » pour ce que le profil ne couvre pas. Décrivez ensuite chaque service ci-dessous.",
        "لكل خدمة، مدى وصول المهاجرين من كل وضع قانوني إليها؛ اختر \"غير معروف\" عند نقص البيانات، واترك \"غير محدد\" لما لا يغطيه الملف. ثم صِف كل خدمة أدناه.");
    public static readonly Text NotSaid = new("Not said", "Non précisé", "غير محدد");
    public static readonly Text AreaForStatus = new("{0}: {1}", "{0} : {1}", "{0}: {1}");
    public static readonly Text AreaNarrative = new("{0}: what helps and what hinders", "{0} : ce qui aide et ce qui freine", "{0}: ما يساعد وما يعيق");

    // Stakeholders.
    public static readonly Text StakeholdersHelp = new(
        "Who does what for migrants in the city. Fill an empty row to add a stakeholder; tick \"Remove\" to take one off.",
        "Qui fait quoi pour les migrants dans la ville. Remplissez une ligne vide pour ajouter un acteur ; cochez « Retirer » pour en enlever un.",
        "من يفعل ماذا للمهاجرين في المدينة. املأ سطراً فارغاً لإضافة جهة فاعلة؛ وأشّر على \"إزالة\" لحذف واحدة.");
    public static readonly Text StakeholderNumber = new("Stakeholder {0}", "Acteur {0}", "الجهة الفاعلة {0}");
    public static readonly Text ChooseKind = new("Choose a kind", "Choisissez un type", "اختر النوع");
    public static readonly Text ProgrammesHelp = new(
        "One programme a line.", "Un programme par ligne.", "برنامج واحد في كل سطر.");
    public static readonly Text RemoveStakeholder = new("Remove this stakeholder", "Retirer cet acteur", "إزالة هذه الجهة الفاعلة");
    public static readonly Text ImportFigures = new("Import many figures from a file", "Importer de nombreux chiffres depuis un fichier", "استيراد أرقام كثيرة من ملف");
}
