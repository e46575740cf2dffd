using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Cities;

/// <summary>Membership of the network in the portal's words.</summary>
public static class Memberships
{
    public static Text Status(MembershipStatus status) => status switch
    {
        MembershipStatus.Member => new("Member", "Membre", "عضو"),
        MembershipStatus.FormerMember => new("Former member", "Ancien membre", "عضو سابق"),
        MembershipStatus.NotMember => new("Not a member", "Non membre", "غير عضو"),
        _ => new("—", "—", "—"),
    };
}
