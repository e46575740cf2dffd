using Mc2cm.Contracts.Common.V1;

namespace Mc2cm.Web.Features.Work;

/// <summary>One thing waiting for the person: what it is, where the work is done, and a line of detail.</summary>
/// <param name="Kind">Which list it belongs to (<see cref="WorkKind"/>).</param>
/// <param name="Title">What it is about (a city, a meeting, a call), in the services' languages.</param>
/// <param name="Href">The page where the work is done.</param>
/// <param name="Detail">A line more, e.g. a reviewer's comment or a date, as the service gives it.</param>
public sealed record WorkItem(WorkKind Kind, LocalizedText Title, string Href, string? Detail = null);

/// <summary>The kinds of work the page lists, in the order it lists them.</summary>
public enum WorkKind
{
    DraftReturned,
    DraftToFinish,
    ProfileToStart,
    ReviewPending,
    ApplicationToScore,
    MeetingToMarkHeld,
    MeetingToReport,
    OpenCall,
}
