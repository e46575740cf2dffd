using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.Contracts.Knowledge.V1;
using V1 = Grpc.Reflection.V1;
using V1Alpha = Grpc.Reflection.V1Alpha;

namespace Mc2cm.Gateway.Tests;

/// <summary>
/// A client that brings no protos (grpcurl, Postman, buf curl) learns them from server reflection
/// at the gateway: every service behind it must be listed there, and resolve, not only the
/// gateway's own. Anonymous, as such tools call.
/// </summary>
public sealed class ReflectionTests(GatewayApp app) : IClassFixture<GatewayApp>
{
    private static readonly string[] PublicServices =
    [
        CitiesService.Descriptor.FullName, NetworkService.Descriptor.FullName,
        ProfilesService.Descriptor.FullName, IndicatorsService.Descriptor.FullName, ObservationsService.Descriptor.FullName,
        MeetingsService.Descriptor.FullName, RegistrationsService.Descriptor.FullName, OutcomesService.Descriptor.FullName,
        ThemesService.Descriptor.FullName,
        StakeholderGroupsService.Descriptor.FullName, PrioritiesService.Descriptor.FullName, CallsService.Descriptor.FullName,
        ApplicationsService.Descriptor.FullName, ActionsService.Descriptor.FullName,
        OverviewService.Descriptor.FullName,
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reflection_v1_lists_every_service_behind_the_gateway()
    {
        using var channel = app.Gateway.CreateGrpcChannel(user: null);

        var listed = await AskV1Async(channel, new V1.ServerReflectionRequest { ListServices = string.Empty });

        var services = listed.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.All(PublicServices, service => Assert.Contains(service, services));
    }

    [Fact]
    public async Task Reflection_v1alpha_lists_them_too_for_older_tools()
    {
        using var channel = app.Gateway.CreateGrpcChannel(user: null);
        using var call = new V1Alpha.ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(cancellationToken: Ct);

        await call.RequestStream.WriteAsync(new V1Alpha.ServerReflectionRequest { ListServices = string.Empty }, Ct);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(Ct));

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.All(PublicServices, service => Assert.Contains(service, services));
    }

    /// <summary>NetworkService: a file the gateway's own overview does not import, so only the gateway's reflection knows it.</summary>
    [Fact]
    public async Task A_proxied_service_resolves_with_every_file_it_imports()
    {
        using var channel = app.Gateway.CreateGrpcChannel(user: null);

        // What a tool does: the file that declares the service, then each import by name, until none is missing.
        var files = new Dictionary<string, ByteString>();
        var pending = new Queue<V1.ServerReflectionRequest>([new() { FileContainingSymbol = "mc2cm.cities.v1.NetworkService" }]);
        while (pending.TryDequeue(out var request))
        {
            var response = await AskV1Async(channel, request);
            Assert.Equal(V1.ServerReflectionResponse.MessageResponseOneofCase.FileDescriptorResponse, response.MessageResponseCase);
            foreach (var bytes in response.FileDescriptorResponse.FileDescriptorProto)
            {
                var file = FileDescriptorProto.Parser.ParseFrom(bytes);
                if (files.TryAdd(file.Name, bytes))
                {
                    foreach (var import in file.Dependency.Where(d => !files.ContainsKey(d)))
                    {
                        pending.Enqueue(new() { FileByFilename = import });
                    }
                }
            }
        }

        // Dependencies first, as BuildFromByteStrings wants them; it throws when one is missing.
        var ordered = new List<ByteString>();
        void Add(string name)
        {
            var bytes = files[name];
            if (ordered.Contains(bytes))
            {
                return;
            }

            foreach (var import in FileDescriptorProto.Parser.ParseFrom(bytes).Dependency)
            {
                Add(import);
            }

            ordered.Add(bytes);
        }

        foreach (var name in files.Keys)
        {
            Add(name);
        }

        var built = FileDescriptor.BuildFromByteStrings(ordered);
        var network = built.Single(f => f.Name == NetworkService.Descriptor.File.Name).FindTypeByName<ServiceDescriptor>("NetworkService");
        Assert.Equal("mc2cm.cities.v1.ListPhasesResponse", network.FindMethodByName("ListPhases").OutputType.FullName);
    }

    private static async Task<V1.ServerReflectionResponse> AskV1Async(ChannelBase channel, V1.ServerReflectionRequest request)
    {
        using var call = new V1.ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(cancellationToken: Ct);
        await call.RequestStream.WriteAsync(request, Ct);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(Ct));
        return call.ResponseStream.Current;
    }
}
