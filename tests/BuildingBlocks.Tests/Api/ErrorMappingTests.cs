using Google.Rpc;
using Grpc.Core;
using Mc2cm.Domain.Errors;
using Mc2cm.ServiceDefaults.Grpc;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mc2cm.BuildingBlocks.Tests.Api;

public sealed class ErrorMappingTests
{
    private static async Task<RpcException> FailWith(Exception exception)
    {
        var interceptor = new ErrorMappingInterceptor(NullLogger<ErrorMappingInterceptor>.Instance);
        return await Assert.ThrowsAsync<RpcException>(() =>
            interceptor.UnaryServerHandler<string, string>("request", new FakeServerCallContext(), (_, _) => throw exception));
    }

    [Fact]
    public async Task Bad_input_becomes_invalid_argument_with_every_field_violation()
    {
        var error = await FailWith(new InvalidArgumentException(
        [
            new BadRequest.Types.FieldViolation { Field = "city.country_code", Description = "must be ISO" },
            new BadRequest.Types.FieldViolation { Field = "city.region", Description = "is required." },
        ]));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["city.country_code", "city.region"], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Contains("city.country_code", error.Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(NotFoundException), StatusCode.NotFound)]
    [InlineData(typeof(AlreadyExistsException), StatusCode.AlreadyExists)]
    public async Task Missing_and_duplicate_resources_map_to_their_codes(Type type, StatusCode expected)
    {
        var error = await FailWith((Exception)Activator.CreateInstance(type, "City", "cities/lisbon")!);

        Assert.Equal(expected, error.StatusCode);
        Assert.Equal("cities/lisbon", error.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName);
    }

    [Fact]
    public async Task A_stale_write_is_aborted_with_its_reason()
    {
        var error = await FailWith(new StaleWriteException("cities/lisbon"));

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal(StaleWriteException.Reason, error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
    }

    [Fact]
    public async Task Anything_unexpected_is_internal_and_tells_no_internals()
    {
        var error = await FailWith(new InvalidOperationException("connection string Password=secret"));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.DoesNotContain("secret", error.Status.Detail, StringComparison.Ordinal);
        Assert.StartsWith("An internal error occurred.", error.Status.Detail, StringComparison.Ordinal);
    }

    private sealed class FakeServerCallContext : ServerCallContext
    {
        protected override string MethodCore => "/mc2cm.test.v1.TestService/Test";
        protected override string HostCore => "localhost";
        protected override string PeerCore => "ipv4:127.0.0.1:1";
        protected override DateTime DeadlineCore => DateTime.MaxValue;
        protected override Metadata RequestHeadersCore { get; } = [];
        protected override CancellationToken CancellationTokenCore => CancellationToken.None;
        protected override Metadata ResponseTrailersCore { get; } = [];
        protected override Grpc.Core.Status StatusCore { get; set; }
        protected override WriteOptions? WriteOptionsCore { get; set; }
        protected override AuthContext AuthContextCore => new(null, []);
        protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();
        protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
    }
}
