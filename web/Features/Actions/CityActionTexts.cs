using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Actions;

/// <summary>The words of a city's own action pages: its priorities, its stakeholder group, a funded action's follow-up.</summary>
public static class CityActionTexts
{
    public static readonly Text CityWork = new("The city's work", "Le travail de la ville", "عمل المدينة");
    public static readonly Text Priorities = new("Priorities", "Priorités", "الأولويات");
    public static readonly Text StakeholderGroup = new("Stakeholder group", "Groupe d'acteurs", "مجموعة الجهات المعنية");

    // Priorities
    public static readonly Text PrioritiesOf = new("Priorities of {0}", "Priorités de {0}", "أولويات {0}");
    public static readonly Text PrioritiesIntro = new(
        "The city's priorities for action, each resting on evidence: findings of its published profile or recommendations the network adopted. A proposed priority is seen by the city's people and the coordinators only; once adopted it is public.",
        "Les priorités d'action de la ville, chacune fondée sur des éléments probants : constats de son profil publié ou recommandations adoptées par le réseau. Une priorité proposée n'est visible que des personnes de la ville et des coordinateurs ; adoptée, elle est publique.",
        "أولويات العمل في المدينة، وتستند كل منها إلى أدلة: نتائج ملفها المنشور أو توصيات اعتمدتها الشبكة. لا يرى الأولوية المقترحة إلا العاملون في المدينة والمنسقون؛ وتصبح علنية بعد اعتمادها.");
    public static readonly Text NoPriorities = new("The city has no priorities yet.", "La ville n'a pas encore de priorités.", "ليست للمدينة أولويات بعد.");
    public static readonly Text ProposePriority = new("Propose a priority", "Proposer une priorité", "اقتراح أولوية");
    public static readonly Text Candidate = new(
        "Start from a priority identified in the published profile", "Partir d'une priorité identifiée dans le profil publié", "الانطلاق من أولوية محدَّدة في الملف المنشور");
    public static readonly Text CandidateHelp = new(
        "Its text and theme are taken unless you write your own below, and it becomes the priority's first piece of evidence.",
        "Son texte et son thème sont repris sauf si vous écrivez les vôtres ci-dessous, et elle devient le premier élément probant de la priorité.",
        "يُؤخذ نصها وموضوعها ما لم تكتب نصك أدناه، وتصبح أول دليل للأولوية.");
    public static readonly Text NoCandidate = new("None: I write the priority below", "Aucune : j'écris la priorité ci-dessous", "لا شيء: أكتب الأولوية أدناه");
    public static readonly Text NoCandidates = new(
        "The city's published profile identifies no priorities yet.", "Le profil publié de la ville n'identifie pas encore de priorités.", "لا يحدد الملف المنشور للمدينة أي أولويات بعد.");
    public static readonly Text PriorityText = new("The priority", "La priorité", "الأولوية");
    public static readonly Text PriorityTextHelp = new(
        "In English at least. When you start from a profile's priority, leave it empty to take that priority's words.",
        "En anglais au moins. Si vous partez d'une priorité du profil, laissez vide pour reprendre ses termes.",
        "بالإنجليزية على الأقل. إذا انطلقت من أولوية في الملف فاتركه فارغاً لتُؤخذ صياغتها.");
    public static readonly Text Theme = new("Theme", "Thème", "الموضوع");
    public static readonly Text ThemeHelp = new(
        "Lower-case letters, digits and hyphens, e.g. \"access-to-housing\".",
        "Lettres minuscules, chiffres et tirets, par ex. « access-to-housing ».",
        "أحرف لاتينية صغيرة وأرقام وشرطات، مثل \"access-to-housing\".");
    public static readonly Text EvidenceHelp = new(
        "Tick what the priority rests on. It needs at least one piece of evidence to be adopted.",
        "Cochez ce sur quoi repose la priorité. Il lui faut au moins un élément probant pour être adoptée.",
        "اختر ما تستند إليه الأولوية. تحتاج إلى دليل واحد على الأقل لتُعتمد.");
    public static readonly Text Findings = new("Findings of the published profile", "Constats du profil publié", "نتائج الملف المنشور");
    public static readonly Text Recommendations = new("Recommendations adopted by the network", "Recommandations adoptées par le réseau", "توصيات اعتمدتها الشبكة");
    public static readonly Text NothingToPick = new("Nothing to choose from yet.", "Rien à choisir pour l'instant.", "لا شيء للاختيار بعد.");
    public static readonly Text RevisionLabel = new("revision {0}", "révision {0}", "المراجعة {0}");
    public static readonly Text Propose = new("Propose the priority", "Proposer la priorité", "اقتراح الأولوية");
    public static readonly Text Proposed = new("The priority was proposed.", "La priorité a été proposée.", "تم اقتراح الأولوية.");
    public static readonly Text Open = new("Open", "Ouvrir", "فتح");
    public static readonly Text EditPriority = new("Change the priority", "Modifier la priorité", "تعديل الأولوية");
    public static readonly Text AdoptPriority = new("Adopt the priority", "Adopter la priorité", "اعتماد الأولوية");
    public static readonly Text AdoptedOn = new("Day of adoption", "Date d'adoption", "تاريخ الاعتماد");
    public static readonly Text AdoptedBy = new("Adopted by", "Adoptée par", "اعتمدتها");
    public static readonly Text AdoptedByHelp = new(
        "The body that adopted it, e.g. \"City Council of Tunis\".", "L'instance qui l'a adoptée, par ex. « Conseil municipal de Tunis ».", "الهيئة التي اعتمدتها، مثل \"المجلس البلدي لتونس\".");
    public static readonly Text Adopted = new("The priority was adopted.", "La priorité a été adoptée.", "تم اعتماد الأولوية.");
    public static readonly Text AdoptedFact = new("Adopted on {0} by {1}", "Adoptée le {0} par {1}", "اعتُمدت في {0} من قِبل {1}");
    public static readonly Text RetirePriority = new("Retire the priority", "Abandonner la priorité", "إيقاف الأولوية");
    public static readonly Text RetireReason = new("Why it is no longer pursued", "Pourquoi elle n'est plus poursuivie", "سبب التوقف عن متابعتها");
    public static readonly Text Retired = new("The priority was retired.", "La priorité a été abandonnée.", "تم إيقاف الأولوية.");
    public static readonly Text RetiredFact = new("Retired: {0}", "Abandonnée : {0}", "متوقفة: {0}");
    public static readonly Text AllPriorities = new("All the city's priorities", "Toutes les priorités de la ville", "كل أولويات المدينة");
    public static readonly Text NoEvidence = new("No evidence yet.", "Pas encore d'élément probant.", "لا أدلة بعد.");

    // Stakeholder group
    public static readonly Text GroupOf = new("Stakeholder group of {0}", "Groupe d'acteurs de {0}", "مجموعة الجهات المعنية في {0}");
    public static readonly Text GroupIntro = new(
        "The city's local working group: it runs the local dialogue, collects data and drafts the City Priority Paper.",
        "Le groupe de travail local de la ville : il anime le dialogue local, collecte les données et rédige le document des priorités de la ville.",
        "مجموعة العمل المحلية للمدينة: تدير الحوار المحلي وتجمع البيانات وتصوغ وثيقة أولويات المدينة.");
    public static readonly Text NoGroup = new("The city has no stakeholder group yet.", "La ville n'a pas encore de groupe d'acteurs.", "ليست للمدينة مجموعة جهات معنية بعد.");
    public static readonly Text CreateGroup = new("Set up the group", "Créer le groupe", "إنشاء المجموعة");
    public static readonly Text GroupCreated = new("The group was set up.", "Le groupe a été créé.", "تم إنشاء المجموعة.");
    public static readonly Text Members = new("Members", "Membres", "الأعضاء");
    public static readonly Text MembersHelp = new(
        "Empty rows are left out: clear a row's organisation to take it off the group.",
        "Les lignes vides sont ignorées : videz l'organisation d'une ligne pour la retirer du groupe.",
        "تُهمل الصفوف الفارغة: امسح اسم الجهة في صف لحذفه من المجموعة.");
    public static readonly Text NoMembers = new("No members recorded.", "Aucun membre enregistré.", "لا أعضاء مسجلون.");
    public static readonly Text Member = new("Member {0}", "Membre {0}", "العضو {0}");
    public static readonly Text Organisation = new("Organisation", "Organisation", "الجهة");
    public static readonly Text Kind = new("Kind", "Type", "النوع");
    public static readonly Text ChooseKind = new("Choose…", "Choisir…", "اختر…");
    public static readonly Text Role = new("Role in the group", "Rôle dans le groupe", "الدور في المجموعة");
    public static readonly Text SaveMembers = new("Save the members", "Enregistrer les membres", "حفظ الأعضاء");
    public static readonly Text Workshops = new("Workshops", "Ateliers", "ورش العمل");
    public static readonly Text NoWorkshops = new("No workshops recorded.", "Aucun atelier enregistré.", "لا ورش عمل مسجلة.");
    public static readonly Text RecordWorkshop = new("Record a workshop", "Enregistrer un atelier", "تسجيل ورشة عمل");
    public static readonly Text HeldOn = new("Held on", "Tenu le", "عُقدت في");
    public static readonly Text Participants = new("Participants", "Participants", "المشاركون");
    public static readonly Text ParticipantsHelp = new("0 when not known.", "0 si inconnu.", "0 إن لم يكن معروفاً.");
    public static readonly Text Outcome = new("What came out of it", "Ce qui en est ressorti", "ما نتج عنها");
    public static readonly Text WorkshopRecorded = new("The workshop was recorded.", "L'atelier a été enregistré.", "تم تسجيل ورشة العمل.");
    public static readonly Text Unknown = new("not known", "inconnu", "غير معروف");

    // A funded action's follow-up
    public static readonly Text FollowUpOf = new("Follow-up of {0}", "Suivi de {0}", "متابعة {0}");
    public static readonly Text FollowUp = new("Report progress or change the plan", "Rendre compte de l'avancement ou modifier le plan", "الإبلاغ عن التقدم أو تعديل الخطة");
    public static readonly Text PublicPage = new("The action's public page", "La page publique de l'action", "الصفحة العامة للإجراء");
    public static readonly Text ReportProgress = new("Report progress", "Rendre compte de l'avancement", "الإبلاغ عن التقدم");
    public static readonly Text ReportedOn = new("Day reported on", "Date du compte rendu", "تاريخ التقرير");
    public static readonly Text Status = new("Status", "Statut", "الحالة");
    public static readonly Text ProgressPercent = new("Progress (%)", "Avancement (%)", "التقدم (%)");
    public static readonly Text ProgressHelp = new("From 0 to 100; never below the last report's.", "De 0 à 100 ; jamais moins que le dernier compte rendu.", "من 0 إلى 100؛ ولا يقل عن التقرير السابق.");
    public static readonly Text Disbursed = new("Money disbursed so far ({0})", "Montant décaissé à ce jour ({0})", "المبلغ المصروف حتى الآن ({0})");
    public static readonly Text MilestonesReached = new("Milestones reached", "Jalons atteints", "المراحل المنجزة");
    public static readonly Text MilestonesReachedHelp = new(
        "Give the day a milestone was reached; leave it empty if it is not reached yet.",
        "Indiquez la date à laquelle un jalon a été atteint ; laissez vide s'il ne l'est pas encore.",
        "أدخل تاريخ إنجاز المرحلة؛ واتركه فارغاً إن لم تُنجز بعد.");
    public static readonly Text Note = new("Note", "Note", "ملاحظة");
    public static readonly Text ProgressReported = new("The progress was reported.", "L'avancement a été enregistré.", "تم تسجيل التقدم.");
    public static readonly Text Plan = new("The plan", "Le plan", "الخطة");
    public static readonly Text Title = new("Title", "Titre", "العنوان");
    public static readonly Text Summary = new("What the action does", "Ce que fait l'action", "ما يقوم به الإجراء");
    public static readonly Text MilestonesHelp = new(
        "An identifier (lower-case letters, digits, hyphens), what it is and when it is due. Empty rows are left out; a reached milestone stays.",
        "Un identifiant (minuscules, chiffres, tirets), ce qu'il est et son échéance. Les lignes vides sont ignorées ; un jalon atteint reste.",
        "معرّف (أحرف لاتينية صغيرة وأرقام وشرطات) ووصف المرحلة وموعدها. تُهمل الصفوف الفارغة؛ وتبقى المرحلة المنجزة.");
    public static readonly Text MilestoneN = new("Milestone {0}", "Jalon {0}", "المرحلة {0}");
    public static readonly Text Identifier = new("Identifier", "Identifiant", "المعرّف");
    public static readonly Text What = new("What", "Quoi", "الوصف");
    public static readonly Text DueOn = new("Due on", "Échéance", "الموعد");
    public static readonly Text SdgTargets = new("SDG targets", "Cibles des ODD", "غايات أهداف التنمية المستدامة");
    public static readonly Text SdgTargetsHelp = new(
        "Separated by commas, e.g. \"10.7, 16.6\".", "Séparées par des virgules, par ex. « 10.7, 16.6 ».", "مفصولة بفواصل، مثل \"10.7, 16.6\".");
    public static readonly Text SavePlan = new("Save the plan", "Enregistrer le plan", "حفظ الخطة");
    public static readonly Text PlanSaved = new("The plan was saved.", "Le plan a été enregistré.", "تم حفظ الخطة.");
    public static readonly Text Reports = new("Progress reports", "Comptes rendus d'avancement", "تقارير التقدم");
    public static readonly Text Final = new(
        "The action is completed or cancelled: it takes no more reports and its plan is final.",
        "L'action est terminée ou annulée : elle ne reçoit plus de compte rendu et son plan est définitif.",
        "الإجراء مكتمل أو ملغى: لا يقبل تقارير أخرى وخطته نهائية.");

    public static Text MemberType(MemberType type) => type switch
    {
        Contracts.Action.V1.MemberType.CityDepartment => new("City department", "Service de la ville", "إدارة في المدينة"),
        Contracts.Action.V1.MemberType.NationalAgency => new("National agency", "Agence nationale", "وكالة وطنية"),
        Contracts.Action.V1.MemberType.CivilSociety => new("Civil-society organisation", "Organisation de la société civile", "منظمة مجتمع مدني"),
        Contracts.Action.V1.MemberType.Academia => new("University or research centre", "Université ou centre de recherche", "جامعة أو مركز بحث"),
        Contracts.Action.V1.MemberType.InternationalOrganisation => new("International organisation", "Organisation internationale", "منظمة دولية"),
        _ => new("—", "—", "—"),
    };
}
