using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Mc2cm.Observability.Tests;

/// <summary>
/// A request whose protobuf cannot be parsed is the caller's fault: the operator's logs say so at
/// Information, and hold no error (Grpc.AspNetCore logs one, "Error when executing service
/// method", when the parse failure reaches it as anything but an RpcException).
/// </summary>
[Collection(nameof(ObservedCollection))]
public sealed class ParseFailureLogTests(ObservedSuite observed)
{
    [Fact]
    public async Task An_unparsable_request_is_logged_as_the_callers_fault_not_as_an_error()
    {
        // A tag of field 1 with wire type 6, which does not exist, sent through the gateway.
        var createCity = new Method<byte[], byte[]>(MethodType.Unary, "mc2cm.cities.v1.CitiesService", "CreateCity",
            Marshallers.Create(bytes => bytes, bytes => bytes), Marshallers.Create(bytes => bytes, bytes => bytes));
        using var channel = observed.Suite.GatewayChannel();
        var earlier = observed.Logs.Logs.Count;

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            channel.CreateCallInvoker().AsyncUnaryCall(createCity, null, new CallOptions(cancellationToken: TestContext.Current.CancellationToken), [0x0E, 0]).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("The request could not be parsed: ", error.Status.Detail, StringComparison.Ordinal);
        var logs = observed.Logs.Logs.Skip(earlier).Where(l => l.Message.Contains("CreateCity", StringComparison.Ordinal)).ToList();
        Assert.Contains(logs, l => l.Level == LogLevel.Information && l.Message.Contains("CreateCity refused: The request could not be parsed", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Level >= LogLevel.Warning);
    }
}
