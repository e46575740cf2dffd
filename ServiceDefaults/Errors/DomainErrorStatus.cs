using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Domain.Errors;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>
/// How the domain's refusals travel (AIP-193): each kind of <see cref="DomainException"/> as a
/// gRPC status code with the google.rpc details a program reads. JSON transcoding writes the same
/// status on the REST face, with the HTTP status of <see cref="ApiErrorResponses.HttpStatusFor"/>.
/// </summary>
public static class DomainErrorStatus
{
    public static StatusCode CodeOf(DomainException exception) => exception switch
    {
        InvalidArgumentException => StatusCode.InvalidArgument,
        NotFoundException => StatusCode.NotFound,
        AlreadyExistsException => StatusCode.AlreadyExists,
        StaleWriteException => StatusCode.Aborted,
        FailedPreconditionException => StatusCode.FailedPrecondition,
        PermissionDeniedException => StatusCode.PermissionDenied,
        _ => throw new ArgumentOutOfRangeException(nameof(exception), exception.GetType().Name, "A domain error without a status."),
    };

    public static Google.Rpc.Status ToStatus(this DomainException exception)
    {
        var status = new Google.Rpc.Status { Code = (int)CodeOf(exception), Message = exception.Message };
        status.Details.AddRange(DetailsOf(exception).Select(Any.Pack));
        return status;
    }

    private static IEnumerable<IMessage> DetailsOf(DomainException exception) => exception switch
    {
        InvalidArgumentException e => [new BadRequest { FieldViolations = { e.Violations } }, BadFieldsInfo(e)],
        NotFoundException e => [new ResourceInfo { ResourceType = e.ResourceType, ResourceName = e.ResourceName, Description = e.Message }],
        AlreadyExistsException e => [new ResourceInfo { ResourceType = e.ResourceType, ResourceName = e.ResourceName, Description = e.Message }],
        StaleWriteException e => [new ErrorInfo { Reason = StaleWriteException.Reason, Domain = ErrorDomain.Name, Metadata = { ["resource"] = e.ResourceName } }],
        FailedPreconditionException e =>
        [
            new PreconditionFailure
            {
                Violations = { new PreconditionFailure.Types.Violation { Type = e.Type, Subject = e.Subject, Description = e.Message } },
            },
        ],
        PermissionDeniedException e => [new ErrorInfo { Reason = e.Reason, Domain = ErrorDomain.Name, Metadata = { ["resource"] = e.Resource } }],
        _ => [],
    };

    /// <summary>The values the violations' messages need, for clients that say them in their reader's language.</summary>
    private static ErrorInfo BadFieldsInfo(InvalidArgumentException exception)
    {
        var info = new ErrorInfo { Reason = InvalidArgumentException.Reason, Domain = ErrorDomain.Name };
        foreach (var (key, value) in exception.Parameters)
        {
            info.Metadata[key] = value;
        }

        return info;
    }
}
