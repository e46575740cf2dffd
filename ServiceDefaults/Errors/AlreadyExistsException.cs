using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>A resource with that name exists already: AlreadyExists (HTTP 409).</summary>
public sealed class AlreadyExistsException(string resourceType, string resourceName)
    : ApiException($"{resourceType} '{resourceName}' already exists.")
{
    public override StatusCode Code => StatusCode.AlreadyExists;

    protected override IEnumerable<IMessage> Details =>
        [new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName, Description = Message }];
}
