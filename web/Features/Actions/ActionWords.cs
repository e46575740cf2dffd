using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Actions;

/// <summary>The Action component's states in the portal's words.</summary>
public static class ActionWords
{
    public static Text PriorityState(PriorityState state) => state switch
    {
        Contracts.Action.V1.PriorityState.Proposed => new("proposed", "proposée", "مقترحة"),
        Contracts.Action.V1.PriorityState.Adopted => new("adopted", "adoptée", "معتمدة"),
        Contracts.Action.V1.PriorityState.Retired => new("retired", "abandonnée", "متوقفة"),
        _ => new("—", "—", "—"),
    };

    public static Text ActionStatus(ActionStatus status) => status switch
    {
        Contracts.Action.V1.ActionStatus.NotStarted => new("not started", "pas commencée", "لم تبدأ"),
        Contracts.Action.V1.ActionStatus.InProgress => new("in progress", "en cours", "قيد التنفيذ"),
        Contracts.Action.V1.ActionStatus.Completed => new("completed", "terminée", "مكتملة"),
        Contracts.Action.V1.ActionStatus.Cancelled => new("cancelled", "annulée", "ملغاة"),
        _ => new("—", "—", "—"),
    };

    public static Text CallState(CallState state) => state switch
    {
        Contracts.Action.V1.CallState.Draft => new("in preparation", "en préparation", "قيد الإعداد"),
        Contracts.Action.V1.CallState.Open => new("open", "ouvert", "مفتوحة"),
        Contracts.Action.V1.CallState.Closed => new("closed", "clos", "مغلقة"),
        _ => new("—", "—", "—"),
    };

    public static Text Objective(Objective objective) => objective switch
    {
        Contracts.Action.V1.Objective.StakeholderCooperation => new("Cooperation between stakeholders", "Coopération entre acteurs", "التعاون بين الجهات المعنية"),
        Contracts.Action.V1.Objective.KnowledgeAndData => new("Knowledge and data", "Connaissances et données", "المعرفة والبيانات"),
        Contracts.Action.V1.Objective.PolicyAndInstitutions => new("Policies and institutions", "Politiques et institutions", "السياسات والمؤسسات"),
        Contracts.Action.V1.Objective.NarrativeAndDialogue => new("Narrative and dialogue", "Récit et dialogue", "الخطاب والحوار"),
        _ => new("Other", "Autre", "أخرى"),
    };

    public static Text Applicant(ApplicantType type) => type switch
    {
        ApplicantType.LocalGovernment => new("Local governments", "Collectivités locales", "الحكومات المحلية"),
        ApplicantType.RegionalGovernment => new("Regional governments", "Collectivités régionales", "الحكومات الإقليمية"),
        ApplicantType.CivilSociety => new("Civil-society organisations", "Organisations de la société civile", "منظمات المجتمع المدني"),
        _ => new("Other", "Autre", "أخرى"),
    };
}
