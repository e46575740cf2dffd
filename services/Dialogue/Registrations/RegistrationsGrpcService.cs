using Grpc.Core;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Dialogue.Data;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Registrations;

/// <summary>mc2cm.dialogue.v1.RegistrationsService: seats and the waiting list, decided by the meeting under contention.</summary>
public sealed class RegistrationsGrpcService(DialogueDbContext db, SeatContention seats, TimeProvider clock)
    : Proto.RegistrationsService.RegistrationsServiceBase
{
    public override async Task<Proto.RegisterParticipantResponse> RegisterParticipant(Proto.RegisterParticipantRequest request, ServerCallContext context)
    {
        var input = RegistrationRequestReader.ReadRegister(request);
        var id = Registration.NewId();
        var registration = await seats.RunAsync(async cancellationToken =>
        {
            var meeting = await db.Meetings.LoadForWriteAsync(Meeting.Resource, input.MeetingId, etag: null, cancellationToken);
            var key = input.Participant.EmailKey;
            if (await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.MeetingId == meeting.Id && r.ActiveEmailKey == key, cancellationToken) is { } existing)
            {
                // The caller learns where the registration is (a retried request finds its own), never whose it is.
                throw new AlreadyExistsException("Registration", existing.ResourceName);
            }

            var registration = meeting.Register(id, input.Participant, context.Actor(), clock.GetUtcNow());
            db.Registrations.Add(registration);
            return registration;
        }, context.CancellationToken);
        return new Proto.RegisterParticipantResponse { Registration = await ToProtoAsync(registration, context.CancellationToken) };
    }

    public override async Task<Proto.CancelRegistrationResponse> CancelRegistration(Proto.CancelRegistrationRequest request, ServerCallContext context)
    {
        var name = RegistrationRequestReader.ReadName(request.Name);
        var registration = await seats.RunAsync(async cancellationToken =>
        {
            var meeting = await db.Meetings.LoadForWriteAsync(Meeting.Resource, name.MeetingId, etag: null, cancellationToken);
            var registration = await FindAsync(name, tracked: true, cancellationToken);
            registration.EnsureVisibleTo(context.User());
            ETag.EnsureCurrent(request.Etag, registration.Version, registration.ResourceName);
            var next = registration.State == RegistrationState.Registered ? await db.Registrations.FirstWaitingAsync(meeting.Id, cancellationToken) : null;
            meeting.Withdraw(registration, next, clock.GetUtcNow());
            return registration;
        }, context.CancellationToken);
        return new Proto.CancelRegistrationResponse { Registration = await ToProtoAsync(registration, context.CancellationToken) };
    }

    public override async Task<Proto.GetRegistrationResponse> GetRegistration(Proto.GetRegistrationRequest request, ServerCallContext context)
    {
        var registration = await FindAsync(RegistrationRequestReader.ReadName(request.Name), tracked: false, context.CancellationToken);
        registration.EnsureVisibleTo(context.User());
        return new Proto.GetRegistrationResponse { Registration = await ToProtoAsync(registration, context.CancellationToken) };
    }

    public override async Task<Proto.ListRegistrationsResponse> ListRegistrations(Proto.ListRegistrationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var meetingId = violations.ReadId("parent", request.Parent, MeetingRequestReader.Collection);
        var state = violations.ReadEnum<RegistrationState>("state", request.State, required: false);
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken, request.Parent, request.State);
        violations.ThrowIfAny();
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId, context.CancellationToken))
        {
            throw Meeting.Resource.NotFound(meetingId!);
        }

        var registrations = db.Registrations.AsNoTracking().Where(r => r.MeetingId == meetingId).VisibleTo(context.User());
        if (state is { } s)
        {
            registrations = registrations.Where(r => r.State == s);
        }

        var listed = await registrations.OrderBy(r => r.Number).ReadPageAsync(page, context.CancellationToken);
        var positions = await db.Registrations.PositionsAsync(meetingId!, context.CancellationToken);
        var response = new Proto.ListRegistrationsResponse { TotalSize = listed.TotalSize, NextPageToken = listed.NextPageToken };
        response.Registrations.AddRange(listed.Items.Select(r => r.ToProto(positions)));
        return response;
    }

    private async Task<Registration> FindAsync(RegistrationName name, bool tracked, CancellationToken cancellationToken)
    {
        var registrations = tracked ? db.Registrations : db.Registrations.AsNoTracking();
        return await registrations.FirstOrDefaultAsync(r => r.Id == name.RegistrationId && r.MeetingId == name.MeetingId, cancellationToken)
            ?? throw new NotFoundException("Registration", $"meetings/{name.MeetingId}/registrations/{name.RegistrationId}");
    }

    private async Task<Proto.Registration> ToProtoAsync(Registration registration, CancellationToken cancellationToken) =>
        registration.ToProto(registration.State == RegistrationState.Waitlisted
            ? await db.Registrations.PositionsAsync(registration.MeetingId, cancellationToken)
            : new Dictionary<string, int>());
}
