using Grpc.Core;
using Mc2cm.Contracts.Gateway.V1;

namespace Mc2cm.Web.Gateway;

/// <summary>
/// A part of a page that may be missing while the rest shows: its value, or the status that
/// says why not (in the overview's own terms, so one component shows both kinds of part).
/// </summary>
public sealed record Part<T>(T? Value, PartStatus Status)
    where T : class
{
    public bool IsAvailable => Value is not null;
}

public static class Part
{
    private static readonly PartStatus Ok = new();

    /// <summary>
    /// Runs one gateway call for a part of a page. A service that is down, slow, refusing the
    /// caller or has nothing gives an empty part with its reason; anything else is a fault and
    /// goes up to the error page.
    /// </summary>
    public static async Task<Part<T>> TryAsync<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return new Part<T>(await call(), Ok);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.NotFound
                                          or StatusCode.PermissionDenied or StatusCode.Unauthenticated or StatusCode.ResourceExhausted)
        {
            return new Part<T>(null, new PartStatus { Code = (Google.Rpc.Code)(int)ex.StatusCode, Message = ex.Status.Detail });
        }
    }
}
