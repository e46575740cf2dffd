using Google.Protobuf.WellKnownTypes;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Registrations;

/// <summary>Writes registrations as mc2cm.dialogue.v1 messages.</summary>
public static class RegistrationMapping
{
    /// <param name="positions">Places on the meeting's waiting list, by registration id.</param>
    public static Proto.Registration ToProto(this Registration registration, IReadOnlyDictionary<string, int> positions) => new()
    {
        Name = registration.ResourceName,
        Participant = new Proto.Participant
        {
            DisplayName = registration.Participant.Name,
            Organisation = registration.Participant.Organisation,
            City = registration.Participant.CityId is { } city ? $"cities/{city}" : string.Empty,
            Role = registration.Participant.Role.ToProto<Proto.ParticipantRole>(),
            Email = registration.Participant.Email,
        },
        State = registration.State.ToProto<Proto.RegistrationState>(),
        WaitlistPosition = positions.GetValueOrDefault(registration.Id),
        CreateTime = Timestamp.FromDateTimeOffset(registration.CreatedAt),
        UpdateTime = Timestamp.FromDateTimeOffset(registration.UpdatedAt),
        Etag = ETag.From(registration.Version),
    };
}
