using Mc2cm.BuildingBlocks.Localization;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>A checked CreateMeeting request.</summary>
public sealed record NewMeeting(
    string Id,
    MeetingKind Kind,
    LocalizedText Names,
    IReadOnlyList<string> ThemeIds,
    string? HostCityId,
    string Location,
    string CoOrganiser,
    MeetingDates Dates,
    MeetingFormat Format,
    IReadOnlyList<string> Languages,
    int Capacity,
    IReadOnlyList<AgendaSession> Sessions,
    IReadOnlyList<MeetingDocument> Documents);

/// <summary>The fields an update sets; null means "leave as is".</summary>
public sealed record MeetingChanges(
    LocalizedText? Names = null,
    MeetingKind? Kind = null,
    IReadOnlyList<string>? ThemeIds = null,
    string? Location = null,
    string? CoOrganiser = null,
    MeetingFormat? Format = null,
    IReadOnlyList<string>? Languages = null,
    int? Capacity = null,
    IReadOnlyList<AgendaSession>? Sessions = null,
    IReadOnlyList<MeetingDocument>? Documents = null);

/// <summary>A checked UpdateMeeting request.</summary>
public sealed record MeetingUpdate(string Id, string Etag, MeetingChanges Changes);

/// <summary>
/// A checked RescheduleMeeting request: new dates, and a new host (<see cref="HostCityId"/>,
/// null for none) only when <see cref="MovesHost"/>; a null <see cref="Location"/> keeps it.
/// </summary>
public sealed record MeetingMove(
    string Id, DateOnly Start, DateOnly End, string? TimeZone, bool MovesHost, string? HostCityId, string? Location, string Reason, string Etag);

/// <summary>A checked request naming a meeting, with the etag to check when one was sent.</summary>
public sealed record MeetingCommand(string Id, string Etag, string Reason = "");
