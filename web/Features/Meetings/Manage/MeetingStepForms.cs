using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Components.Shared;

namespace Mc2cm.Web.Features.Meetings.Manage;

/// <summary>A step of a meeting's lifecycle that needs nothing but the version seen (confirm, mark held).</summary>
public sealed class MeetingStepForm : FormModel;

/// <summary>New dates (and perhaps another host) for a planned or confirmed meeting, and why.</summary>
public sealed class RescheduleForm : FormModel
{
    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Reason { get; set; }

    public RescheduleMeetingRequest Request(string meeting) => new()
    {
        Name = meeting,
        StartDate = StartDate.ToProto(),
        EndDate = EndDate.ToProto(),
        Reason = Reason?.Trim() ?? string.Empty,
        Etag = Etag ?? string.Empty,
    };
}

/// <summary>Why a meeting will not take place.</summary>
public sealed class CancelMeetingForm : FormModel
{
    public string? Reason { get; set; }

    public CancelMeetingRequest Request(string meeting) => new() { Name = meeting, Reason = Reason?.Trim() ?? string.Empty, Etag = Etag ?? string.Empty };
}
