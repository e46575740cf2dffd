using Google.Protobuf.Reflection;

namespace Mc2cm.Contracts.Common.V1;

/// <summary>
/// Who may call an RPC, read from its proto ("option (mc2cm.common.v1.audience)"): the one
/// declaration that the services authorise by and the gateway's API document shows.
/// </summary>
public static class MethodAudience
{
    /// <summary>The method's audience; <see cref="Audience.Unspecified"/> when its proto declares none.</summary>
    public static Audience Of(MethodDescriptor method) =>
        method.GetOptions()?.GetExtension(AccessExtensions.Audience) ?? Audience.Unspecified;

    /// <summary>Whether a call needs a token at all: everything but the public reads (and an undeclared method, which is locked).</summary>
    public static bool NeedsToken(this Audience audience) => audience != Audience.Anyone;
}
