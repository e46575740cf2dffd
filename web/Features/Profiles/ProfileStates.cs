using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Profiles;

/// <summary>Where a profile revision stands, in the portal's words.</summary>
public static class ProfileStates
{
    public static Text Name(ProfileState state) => state switch
    {
        ProfileState.Draft => new("draft", "brouillon", "مسودة"),
        ProfileState.InReview => new("in review", "en relecture", "قيد المراجعة"),
        ProfileState.Published => new("published", "publiée", "منشورة"),
        _ => new("—", "—", "—"),
    };
}
