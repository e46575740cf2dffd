using Grpc.Core;

namespace Mc2cm.ServiceDefaults.Api;

/// <summary>Who makes a call, for the record (history, audit).</summary>
public static class Caller
{
    /// <summary>Header naming the actor until authentication lands (the token's subject replaces it).</summary>
    public const string ActorHeader = "x-mc2cm-actor";

    public const string Anonymous = "anonymous";

    /// <summary>The authenticated user's name, else the actor header, else "anonymous".</summary>
    public static string Actor(this ServerCallContext context)
    {
        var user = context.GetHttpContext().User.Identity;
        if (user is { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return name;
        }

        var header = context.RequestHeaders.GetValue(ActorHeader)?.Trim();
        return string.IsNullOrEmpty(header) || header.Length > 200 || header.Any(char.IsControl) ? Anonymous : header;
    }
}
