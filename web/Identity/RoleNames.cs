using Mc2cm.ServiceDefaults.Security;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Identity;

/// <summary>The programme's roles in the portal's words; an unknown role shows as it is.</summary>
public static class RoleNames
{
    public static Text Of(string role) => role switch
    {
        Roles.Coordinator => new("Coordinator", "Coordination", "منسّق"),
        Roles.FocalPoint => new("City focal point", "Point focal de la ville", "نقطة الاتصال في المدينة"),
        Roles.LocalExpert => new("Local expert", "Expert local", "خبير محلي"),
        Roles.Evaluator => new("Evaluator", "Évaluateur", "مقيّم"),
        _ => new(role, role, role),
    };
}
