using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Gateway.Overview;
using Mc2cm.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>
/// The overview's city part applies the personal-data rule itself: a Cities answer that still
/// carries its focal points' names and addresses (a Cities that forgot the rule, or a token that
/// never reached it) shows them to the coordinators and the city's people only.
/// </summary>
public sealed class CityPartPersonalDataTests
{
    private static readonly City Tunis = new()
    {
        Name = "cities/tunis",
        FocalPoints = { new FocalPoint { DisplayName = "Leila", Role = "Head of social affairs", Email = "leila@example.org" } },
    };

    [Theory]
    [InlineData(SharedIssuer.Coordinator, true)]
    [InlineData(SharedIssuer.TunisExpert, true)]
    [InlineData(SharedIssuer.SfaxFocalPoint, false)]
    [InlineData(SharedIssuer.Evaluator1, false)]
    [InlineData(null, false)]
    public async Task The_city_part_shows_focal_points_names_and_addresses_to_the_citys_people_and_the_coordinators_only(string? user, bool maySee)
    {
        var reader = new CityDetailsReader(new CitiesService.CitiesServiceClient(new Answering(new GetCityResponse { City = Tunis })), new PartReader(NullLogger<PartReader>.Instance));

        var part = await reader.ReadAsync("tunis", new DownstreamCall(new Metadata(), DateTime.MaxValue, TestContext.Current.CancellationToken, Principals.Of(user)));

        var focalPoint = Assert.Single(part.City.FocalPoints);
        Assert.Equal(maySee ? ("Leila", "leila@example.org") : ("", ""), (focalPoint.DisplayName, focalPoint.Email));
        Assert.Equal("Head of social affairs", focalPoint.Role);
    }

    /// <summary>A channel that answers every unary call with a copy of one GetCity answer.</summary>
    private sealed class Answering(GetCityResponse answer) : CallInvoker
    {
        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
            new(Task.FromResult((TResponse)(object)answer.Clone()), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });

        public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
            throw new NotSupportedException();

        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
            throw new NotSupportedException();

        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
            throw new NotSupportedException();

        public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
            throw new NotSupportedException();
    }
}
