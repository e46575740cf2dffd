using Grpc.Core;
using Mc2cm.Contracts.Gateway.V1;

namespace Mc2cm.Gateway.Overview;

/// <summary>Reads one part of an overview from its service: whatever goes wrong becomes the part's status, never the call's.</summary>
public sealed class PartReader(ILogger<PartReader> logger)
{
    /// <summary>How many items a list part shows at most (the services' default page).</summary>
    public const int ListSize = 50;

    /// <param name="service">The owning service's name for people, e.g. "Dialogue".</param>
    /// <param name="read">Reads the part; it sets an OK status.</param>
    /// <param name="missing">The empty part with the status of its failure.</param>
    public async Task<TPart> ReadAsync<TPart>(string service, Func<Task<TPart>> read, Func<PartStatus, TPart> missing)
    {
        try
        {
            return await read();
        }
        catch (RpcException ex)
        {
            logger.Log(ex.StatusCode == StatusCode.Cancelled ? LogLevel.Debug : LogLevel.Warning,
                "Overview part from {Service} missing: {Code} {Detail}", service, ex.StatusCode, ex.Status.Detail);
            return missing(PartStatuses.From(ex, service));
        }
        catch (OperationCanceledException)
        {
            return missing(PartStatuses.Cancelled);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Overview part from {Service} failed in the gateway", service);
            return missing(PartStatuses.Internal(service));
        }
    }
}
