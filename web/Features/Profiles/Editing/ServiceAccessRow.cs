using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Profiles.Editing;

/// <summary>
/// One service area of the draft's access table: the level of access for each legal status
/// (<see cref="ProfileWords.Statuses"/>, in that order; Unspecified where the form says nothing)
/// and the area's narrative in up to three languages.
/// </summary>
public sealed class ServiceAccessRow
{
    public ServiceArea Area { get; set; }

    public List<AccessLevel> Levels { get; set => field = value ?? []; } = [];

    public LocalizedTextInput Narrative { get; set => field = value ?? new(); } = new();

    /// <summary>The level said for the status at <paramref name="status"/> in <see cref="ProfileWords.Statuses"/>; a crafted post may leave it out.</summary>
    public AccessLevel Level(int status) => status < Levels.Count ? Levels[status] : AccessLevel.Unspecified;

    /// <summary>The statuses whose level is said, as indexes into <see cref="ProfileWords.Statuses"/>: the entries the row sends, in order.</summary>
    public IReadOnlyList<int> SaidStatuses => [.. Enumerable.Range(0, ProfileWords.Statuses.Count).Where(i => Level(i) != AccessLevel.Unspecified)];

    /// <summary>Nothing said of the area: the row is not sent, so the profile does not list it.</summary>
    public bool IsBlank => SaidStatuses.Count == 0 && Narrative.IsBlank;

    public static ServiceAccessRow From(ServiceArea area, ServiceAccess? access) => new()
    {
        Area = area,
        Levels = [.. ProfileWords.Statuses.Select(s => access?.Access.FirstOrDefault(a => a.LegalStatus == s)?.Level ?? AccessLevel.Unspecified)],
        Narrative = LocalizedTextInput.From(access?.Narrative),
    };

    public ServiceAccess ToProto() => new()
    {
        Area = Area,
        Access = { SaidStatuses.Select(i => new StatusAccess { LegalStatus = ProfileWords.Statuses[i], Level = Levels[i] }) },
        Narrative = Narrative.ToProto(),
    };
}
