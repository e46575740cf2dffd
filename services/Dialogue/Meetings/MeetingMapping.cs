using Google.Protobuf.WellKnownTypes;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>Writes meetings as mc2cm.dialogue.v1 messages, in the reader's language when one is asked for.</summary>
public static class MeetingMapping
{
    /// <param name="hostNames">The host city's names from this service's copy of the cities; null when not known (yet).</param>
    public static Proto.Meeting ToProto(this Meeting meeting, LocalizedText? hostNames, string? language)
    {
        var message = new Proto.Meeting
        {
            Name = meeting.ResourceName,
            DisplayName = meeting.Names.ToProto(language),
            Kind = meeting.Kind.ToProto<Proto.MeetingKind>(),
            HostCity = meeting.HostCityId is { } host ? $"cities/{host}" : string.Empty,
            HostCityDisplayName = hostNames?.ToProto(language),
            Location = meeting.Location,
            CoOrganiser = meeting.CoOrganiser,
            StartDate = meeting.Dates.Start.ToProtoDate(),
            EndDate = meeting.Dates.End.ToProtoDate(),
            TimeZone = meeting.Dates.TimeZone,
            Format = meeting.Format.ToProto<Proto.MeetingFormat>(),
            Capacity = meeting.Capacity,
            State = meeting.State.ToProto<Proto.MeetingState>(),
            RegisteredCount = meeting.RegisteredCount,
            WaitlistedCount = meeting.WaitlistedCount,
            Flag = meeting.Flag is { } flag ? new Proto.MeetingFlag
            {
                Reason = flag.Reason.ToProto<Proto.MeetingFlagReason>(),
                Description = flag.Description,
                FlagTime = Timestamp.FromDateTimeOffset(flag.FlaggedAt),
            } : null,
            CancelReason = meeting.CancelReason,
            CreateTime = Timestamp.FromDateTimeOffset(meeting.CreatedAt),
            UpdateTime = Timestamp.FromDateTimeOffset(meeting.UpdatedAt),
            Etag = ETag.From(meeting.Version),
        };
        message.Themes.AddRange(meeting.ThemeIds.Select(t => $"themes/{t}"));
        message.Languages.AddRange(meeting.Languages);
        message.Sessions.AddRange(meeting.Sessions.Select(s => new Proto.AgendaSession
        {
            Title = s.Title.ToProto(language),
            Day = s.Day,
            WorkingMethod = s.Method.ToProto<Proto.WorkingMethod>(),
        }));
        message.Documents.AddRange(MeetingDocument.For(meeting.Documents, language).Select(d => new Proto.MeetingDocument
        {
            Kind = d.Kind.ToProto<Proto.DocumentKind>(),
            Language = d.Language,
            Uri = d.Uri,
            Title = d.Title,
        }));
        message.ScheduleHistory.AddRange(meeting.ScheduleHistory.Select(c => new Proto.ScheduleChange
        {
            PreviousStartDate = c.PreviousStart.ToProtoDate(),
            PreviousEndDate = c.PreviousEnd.ToProtoDate(),
            PreviousHostCity = c.PreviousHostCityId is { } previous ? $"cities/{previous}" : string.Empty,
            StartDate = c.Start.ToProtoDate(),
            EndDate = c.End.ToProtoDate(),
            HostCity = c.HostCityId is { } next ? $"cities/{next}" : string.Empty,
            Reason = c.Reason,
            Actor = c.Actor,
            ChangeTime = Timestamp.FromDateTimeOffset(c.ChangedAt),
        }));
        message.PoliticalMessages.AddRange(meeting.PoliticalMessages.Select(m => m.ToProto(language)));
        message.Recommendations.AddRange(meeting.RecommendationIds.Select(r => $"recommendations/{r}"));
        return message;
    }
}
