using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Calls;

/// <summary>The words of the calls' pages: preparing a call, applying, evaluating, selecting.</summary>
public static class CallTexts
{
    // The calls list and a call's page
    public static readonly Text NewCall = new("New call", "Nouvel appel", "دعوة جديدة");
    public static readonly Text SeeCall = new("See the call", "Voir l'appel", "عرض الدعوة");
    public static readonly Text Apply = new("Apply to this call", "Candidater à cet appel", "التقدّم لهذه الدعوة");
    public static readonly Text OpenCall = new("Open the call", "Ouvrir l'appel", "فتح الدعوة");
    public static readonly Text CloseCall = new("Close the call", "Clore l'appel", "إغلاق الدعوة");
    public static readonly Text OpenHelp = new(
        "Opening it publishes it: cities may apply from its first to its last day.",
        "L'ouvrir le publie : les villes peuvent candidater de son premier à son dernier jour.",
        "فتحها ينشرها: يمكن للمدن التقدّم من يومها الأول حتى يومها الأخير.");
    public static readonly Text Opened = new("The call is open.", "L'appel est ouvert.", "الدعوة مفتوحة.");
    public static readonly Text Closed = new("The call is closed.", "L'appel est clos.", "الدعوة مغلقة.");
    public static readonly Text Created = new("The call was created. Open it when it is ready.", "L'appel a été créé. Ouvrez-le quand il est prêt.", "تم إنشاء الدعوة. افتحها عندما تكون جاهزة.");
    public static readonly Text Terms = new("Terms", "Conditions", "الشروط");
    public static readonly Text Period = new("Applications taken:", "Candidatures reçues :", "تُقبل الطلبات:");
    public static readonly Text Applications = new("Applications", "Candidatures", "الطلبات");
    public static readonly Text NoApplications = new("No applications yet.", "Aucune candidature pour l'instant.", "لا توجد طلبات بعد.");
    public static readonly Text Ranking = new("Ranking and selection", "Classement et sélection", "الترتيب والاختيار");
    public static readonly Text RankingHelp = new(
        "The eligible applications, best average score first. Tick those to fund; each becomes a funded action. The selection may not exceed what the budget has left.",
        "Les candidatures éligibles, meilleure note moyenne d'abord. Cochez celles à financer ; chacune devient une action financée. La sélection ne peut dépasser ce qui reste du budget.",
        "الطلبات المؤهلة، الأعلى متوسطاً أولاً. اختر ما سيُموَّل؛ يصبح كل منها إجراءً مموَّلاً. لا يجوز أن يتجاوز الاختيار ما تبقى من الميزانية.");
    public static readonly Text NothingToRank = new("No eligible application waits for selection.", "Aucune candidature éligible n'attend de sélection.", "لا يوجد طلب مؤهل ينتظر الاختيار.");
    public static readonly Text Rank = new("Rank", "Rang", "الترتيب");
    public static readonly Text AverageScore = new("Average score", "Note moyenne", "متوسط التقييم");
    public static readonly Text Unscored = new("not scored yet", "pas encore évaluée", "لم يُقيَّم بعد");
    public static readonly Text Requested = new("Requested", "Demandé", "المبلغ المطلوب");
    public static readonly Text Fund = new("Fund", "Financer", "تمويل");
    public static readonly Text FundThis = new("Fund {0}", "Financer {0}", "تمويل {0}");
    public static readonly Text Select = new("Fund the ticked applications", "Financer les candidatures cochées", "تمويل الطلبات المختارة");
    public static readonly Text Selected = new("The selected applications are funded actions now.", "Les candidatures sélectionnées sont maintenant des actions financées.", "أصبحت الطلبات المختارة إجراءات مموَّلة.");
    public static readonly Text BudgetUsed = new("Committed:", "Engagé :", "المُلتزم به:");
    public static readonly Text BudgetLeft = new("Left:", "Reste :", "المتبقي:");
    public static readonly Text NoCeiling = new("This call has no budget ceiling.", "Cet appel n'a pas de plafond budgétaire.", "لا سقف لميزانية هذه الدعوة.");
    public static readonly Text FundedAction = new("Funded action", "Action financée", "الإجراء المموَّل");

    // The new-call form
    public static readonly Text Identifier = new("Identifier", "Identifiant", "المعرّف");
    public static readonly Text IdentifierHelp = new(
        "Lower-case letters, digits and hyphens, e.g. \"call-4\"; it is part of the call's address.",
        "Lettres minuscules, chiffres et tirets, par ex. « call-4 » ; il fait partie de l'adresse de l'appel.",
        "أحرف لاتينية صغيرة وأرقام وشرطات، مثل \"call-4\"؛ وهو جزء من عنوان الدعوة.");
    public static readonly Text Number = new("Number", "Numéro", "الرقم");
    public static readonly Text Title = new("Title", "Titre", "العنوان");
    public static readonly Text Theme = new("Theme", "Thème", "الموضوع");
    public static readonly Text ThemeHelp = new("A slug, e.g. \"urban-recovery\".", "Un identifiant, par ex. « urban-recovery ».", "معرّف، مثل \"urban-recovery\".");
    public static readonly Text OpensOn = new("First day", "Premier jour", "اليوم الأول");
    public static readonly Text ClosesOn = new("Last day", "Dernier jour", "اليوم الأخير");
    public static readonly Text MaxGrant = new("Largest grant per action", "Subvention maximale par action", "أكبر منحة لكل إجراء");
    public static readonly Text Budget = new("Budget of the call", "Budget de l'appel", "ميزانية الدعوة");
    public static readonly Text BudgetHelp = new("Leave empty for no ceiling.", "Laisser vide pour aucun plafond.", "اتركه فارغاً إن لم يكن هناك سقف.");
    public static readonly Text Amount = new("Amount", "Montant", "المبلغ");
    public static readonly Text Currency = new("Currency", "Devise", "العملة");
    public static readonly Text Countries = new("Countries where actions may take place", "Pays où les actions peuvent avoir lieu", "البلدان التي يمكن أن تجري فيها الإجراءات");
    public static readonly Text CountriesHelp = new("None ticked: any country.", "Aucun coché : tout pays.", "إن لم يُختر أي بلد: أي بلد.");
    public static readonly Text Objectives = new("Objectives", "Objectifs", "الأهداف");
    public static readonly Text ApplicantTypes = new("Who may apply", "Qui peut candidater", "من يحق له التقدّم");
    public static readonly Text SupportLetter = new("Who needs a letter of support", "Qui a besoin d'une lettre de soutien", "من يحتاج إلى رسالة دعم");
    public static readonly Text Criteria = new("Criteria evaluators score", "Critères notés par les évaluateurs", "المعايير التي يقيّمها المقيّمون");
    public static readonly Text CriteriaHelp = new("Leave a row empty to have fewer criteria.", "Laissez une ligne vide pour avoir moins de critères.", "اترك سطراً فارغاً لتقليل عدد المعايير.");
    public static readonly Text CriterionNumber = new("Criterion {0}", "Critère {0}", "المعيار {0}");
    public static readonly Text CriterionId = new("Identifier", "Identifiant", "المعرّف");
    public static readonly Text CriterionName = new("Name", "Nom", "الاسم");
    public static readonly Text MaxScore = new("Highest score", "Note maximale", "أعلى درجة");
    public static readonly Text Create = new("Create the call", "Créer l'appel", "إنشاء الدعوة");

    // Applying
    public static readonly Text ApplyHeading = new("Apply: {0}", "Candidater : {0}", "التقدّم: {0}");
    public static readonly Text City = new("City", "Ville", "المدينة");
    public static readonly Text Organisation = new("Applying organisation", "Organisation candidate", "الجهة المتقدّمة");
    public static readonly Text ApplicantType = new("Kind of applicant", "Type de candidat", "نوع المتقدّم");
    public static readonly Text ActionTitle = new("Title of the action", "Titre de l'action", "عنوان الإجراء");
    public static readonly Text RequestedAmount = new("Amount asked for", "Montant demandé", "المبلغ المطلوب");
    public static readonly Text Priorities = new("The city's priorities it answers", "Priorités de la ville auxquelles elle répond", "أولويات المدينة التي يستجيب لها");
    public static readonly Text NoPriorities = new("The city has no adopted priority yet.", "La ville n'a pas encore de priorité adoptée.", "لم تعتمد المدينة أي أولوية بعد.");
    public static readonly Text Documents = new("Documents", "Documents", "الوثائق");
    public static readonly Text DocumentNumber = new("Document {0}", "Document {0}", "الوثيقة {0}");
    public static readonly Text DocumentKind = new("Kind", "Type", "النوع");
    public static readonly Text DocumentTitle = new("Title", "Titre", "العنوان");
    public static readonly Text DocumentUri = new("Address (http or https)", "Adresse (http ou https)", "العنوان (http أو https)");
    public static readonly Text Choose = new("Choose…", "Choisir…", "اختر…");
    public static readonly Text Submit = new("Submit the application", "Envoyer la candidature", "إرسال الطلب");
    public static readonly Text NotOpen = new("This call takes no applications now.", "Cet appel ne reçoit pas de candidatures maintenant.", "لا تقبل هذه الدعوة طلبات الآن.");
    public static readonly Text NoCity = new("Only a city's focal point or local experts apply, for their city.", "Seuls le point focal ou les experts locaux d'une ville candidatent, pour leur ville.", "لا يتقدّم إلا منسق المدينة أو خبراؤها المحليون، لمدينتهم.");

    // An application
    public static readonly Text ApplicationHeading = new("Application: {0}", "Candidature : {0}", "الطلب: {0}");
    public static readonly Text Submitted = new("The application was submitted.", "La candidature a été envoyée.", "تم إرسال الطلب.");
    public static readonly Text Eligibility = new("Eligibility", "Éligibilité", "الأهلية");
    public static readonly Text Eligible = new("Eligible", "Éligible", "مؤهل");
    public static readonly Text Ineligible = new("Not eligible", "Non éligible", "غير مؤهل");
    public static readonly Text Passed = new("passed", "respectée", "مستوفاة");
    public static readonly Text Failed = new("failed", "non respectée", "غير مستوفاة");
    public static readonly Text Status = new("Status", "Statut", "الحالة");
    public static readonly Text Call = new("Call", "Appel", "الدعوة");
    public static readonly Text Evaluators = new("Evaluators", "Évaluateurs", "المقيّمون");
    public static readonly Text NoEvaluators = new("No evaluator assigned yet.", "Aucun évaluateur désigné pour l'instant.", "لم يُعيَّن أي مقيّم بعد.");
    public static readonly Text Assign = new("Assign the ticked evaluators", "Désigner les évaluateurs cochés", "تعيين المقيّمين المختارين");
    public static readonly Text Assigned = new("The evaluators were assigned.", "Les évaluateurs ont été désignés.", "تم تعيين المقيّمين.");
    public static readonly Text ScoreSheets = new("Score sheets", "Grilles de notation", "أوراق التقييم");
    public static readonly Text ScoreSheet = new("Your score sheet", "Votre grille de notation", "ورقة تقييمك");
    public static readonly Text ScoreHelp = new("A whole number from 0 to the criterion's highest score.", "Un nombre entier de 0 à la note maximale du critère.", "عدد صحيح من 0 إلى أعلى درجة للمعيار.");
    public static readonly Text OutOf = new("out of {0}", "sur {0}", "من {0}");
    public static readonly Text Score = new("Record my scores", "Enregistrer mes notes", "حفظ تقييمي");
    public static readonly Text Scored = new("Your scores were recorded.", "Vos notes ont été enregistrées.", "تم حفظ تقييمك.");
    public static readonly Text Total = new("Total", "Total", "المجموع");
    public static readonly Text Evaluator = new("Evaluator", "Évaluateur", "المقيّم");

    // The applications list
    public static readonly Text AssignedToMe = new("Applications assigned to me", "Candidatures qui me sont confiées", "الطلبات المسندة إليّ");
    public static readonly Text AssignedIntro = new(
        "The applications you are to score; each opens on its score sheet.",
        "Les candidatures que vous devez noter ; chacune s'ouvre sur sa grille de notation.",
        "الطلبات التي عليك تقييمها؛ يفتح كل منها على ورقة تقييمه.");
    public static readonly Text ApplicationsIntro = new(
        "The applications you may see, newest first.",
        "Les candidatures que vous pouvez voir, les plus récentes d'abord.",
        "الطلبات التي يمكنك الاطلاع عليها، الأحدث أولاً.");
    public static readonly Text Filter = new("Show", "Afficher", "عرض");
    public static readonly Text AnyStatus = new("Any status", "Tout statut", "أي حالة");
    public static readonly Text NothingHere = new("Nothing here.", "Rien ici.", "لا شيء هنا.");

    public static Text ApplicationStatus(ApplicationStatus status) => status switch
    {
        Contracts.Action.V1.ApplicationStatus.Eligible => new("eligible", "éligible", "مؤهل"),
        Contracts.Action.V1.ApplicationStatus.Ineligible => new("not eligible", "non éligible", "غير مؤهل"),
        Contracts.Action.V1.ApplicationStatus.OnHold => new("on hold", "en attente", "معلّق"),
        Contracts.Action.V1.ApplicationStatus.Selected => new("selected", "sélectionnée", "مختار"),
        _ => new("—", "—", "—"),
    };

    public static Text Document(DocumentKind kind) => kind switch
    {
        Contracts.Action.V1.DocumentKind.Proposal => new("Proposal", "Proposition", "المقترح"),
        Contracts.Action.V1.DocumentKind.Budget => new("Budget", "Budget", "الميزانية"),
        Contracts.Action.V1.DocumentKind.SupportLetter => new("Letter of support", "Lettre de soutien", "رسالة دعم"),
        _ => new("Other", "Autre", "أخرى"),
    };
}
