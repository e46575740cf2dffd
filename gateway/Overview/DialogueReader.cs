using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Contracts.Gateway.V1;

namespace Mc2cm.Gateway.Overview;

/// <summary>The hosted-meetings part, from Dialogue (whose city filter is the host city).</summary>
public sealed class DialogueReader(MeetingsService.MeetingsServiceClient meetings, PartReader parts)
{
    public Task<MeetingsPart> ReadHostedMeetingsAsync(string cityId, string language, DownstreamCall call) =>
        parts.ReadAsync("Dialogue", async () =>
        {
            var request = new ListMeetingsRequest { City = $"cities/{cityId}", PageSize = PartReader.ListSize, OrderBy = "start_date desc", Language = language };
            var response = await meetings.ListMeetingsAsync(request, call.Options);
            return new MeetingsPart
            {
                Status = PartStatuses.Ok,
                Meetings = { response.Meetings },
                TotalSize = response.TotalSize,
                Truncated = response.NextPageToken.Length > 0,
            };
        }, status => new MeetingsPart { Status = status });
}
