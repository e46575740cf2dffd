using Mc2cm.Dialogue.Meetings;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Registrations;

/// <summary>A checked RegisterParticipant request.</summary>
public sealed record NewRegistration(string MeetingId, Participant Participant);

/// <summary>A registration's name, "meetings/{meeting}/registrations/{registration}", read.</summary>
public sealed record RegistrationName(string MeetingId, string RegistrationId);

/// <summary>Reads registration requests, checking every field first (AIP-193): a bad request stores nothing.</summary>
public static class RegistrationRequestReader
{
    public static NewRegistration ReadRegister(Proto.RegisterParticipantRequest request)
    {
        var violations = new FieldViolations();
        var meetingId = violations.ReadId("parent", request.Parent, MeetingRequestReader.Collection);
        var participant = request.Registration?.Participant;
        if (participant is null)
        {
            violations.Required("registration.participant").ThrowIfAny();
        }

        violations.RequiredText("registration.participant.display_name", participant!.DisplayName, RegistrationLimits.Name);
        violations.OptionalText("registration.participant.organisation", participant.Organisation, RegistrationLimits.Name);
        var city = participant.City.Length > 0 ? violations.ReadId("registration.participant.city", participant.City, "cities") : null;
        var role = violations.ReadEnum<ParticipantRole>("registration.participant.role", participant.Role);
        violations.Email("registration.participant.email", participant.Email);
        violations.ThrowIfAny();
        return new NewRegistration(meetingId!,
            new Participant(participant.DisplayName, participant.Organisation, city, role!.Value, participant.Email.Trim()));
    }

    public static RegistrationName ReadName(string name, string field = "name")
    {
        var violations = new FieldViolations();
        var parts = name.Split('/');
        var valid = parts is [MeetingRequestReader.Collection, var meeting, "registrations", var registration]
            && ResourceNames.IsSlug(meeting) && ResourceNames.IsSlug(registration);
        violations.Check(valid, field, "must be \"meetings/{meeting}/registrations/{registration}\".",
            FieldReason.InvalidFormat("meetings/{meeting}/registrations/{registration}")).ThrowIfAny();
        return new RegistrationName(parts[1], parts[3]);
    }
}
