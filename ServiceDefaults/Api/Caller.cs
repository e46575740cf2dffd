using Grpc.Core;
using Mc2cm.ServiceDefaults.Security;

namespace Mc2cm.ServiceDefaults.Api;

/// <summary>Who makes a call, for the record (history, audit): the subject of the caller's token.</summary>
public static class Caller
{
    public const string Anonymous = "anonymous";

    /// <summary>The token's subject, or "anonymous".</summary>
    public static string Actor(this ServerCallContext context) => context.User().Subject() ?? Anonymous;
}
