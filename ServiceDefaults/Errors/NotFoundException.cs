using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>The named resource does not exist: NotFound (HTTP 404).</summary>
public sealed class NotFoundException(string resourceType, string resourceName)
    : ApiException($"{resourceType} '{resourceName}' was not found.")
{
    public override StatusCode Code => StatusCode.NotFound;

    protected override IEnumerable<IMessage> Details =>
        [new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName, Description = Message }];
}
