using Grpc.Core;
using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.Gateway.Door;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Mc2cm.Gateway.Overview;

/// <summary>mc2cm.gateway.v1.OverviewService, served by the gateway itself on its three faces.</summary>
public sealed class OverviewGrpcService(CityOverviewComposer composer, IOptions<OverviewOptions> options, TimeProvider clock)
    : OverviewService.OverviewServiceBase
{
    /// <remarks>
    /// Anonymous callers may call it, as through the door: each service then decides what they
    /// see. The door's policy rather than [AllowAnonymous], so that a token that is sent must be
    /// valid: a bad one is refused here once (Unauthenticated), not passed on to be ignored. Its
    /// proto says AUDIENCE_ANYONE for the API document; a test holds the two together.
    /// </remarks>
    [Authorize(Policy = DoorPolicy.Name)]
    public override async Task<GetCityOverviewResponse> GetCityOverview(GetCityOverviewRequest request, ServerCallContext context)
    {
        var (cityId, language) = OverviewRequestReader.Read(request);
        var deadline = OverviewDeadline.For(clock.GetUtcNow().UtcDateTime, options.Value.OverviewDeadline, context.Deadline);
        var call = DownstreamCall.For(context, deadline, context.CancellationToken);
        return new GetCityOverviewResponse { Overview = await composer.ComposeAsync(cityId, language, call) };
    }
}
