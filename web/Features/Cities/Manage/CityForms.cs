using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Components.Shared;

namespace Mc2cm.Web.Features.Cities.Manage;

/// <summary>A city to register: its id, its name in up to three languages, its country and region.</summary>
public sealed class NewCityForm : FormModel
{
    public string? Id { get; set; }

    public LocalizedTextInput DisplayName { get; set => field = value ?? new(); } = new();

    public string? CountryCode { get; set; }

    public Region Region { get; set; }

    public CreateCityRequest Request() => new()
    {
        CityId = Id?.Trim() ?? string.Empty,
        City = new City
        {
            DisplayName = DisplayName.ToProto(),
            CountryCode = CountryCode?.Trim().ToUpperInvariant() ?? string.Empty,
            Region = Region,
        },
    };
}

/// <summary>A city joins the network for a phase, from a day.</summary>
public sealed class JoinForm : FormModel
{
    public string? Phase { get; set; }

    public DateOnly? JoinedOn { get; set; }

    public JoinNetworkRequest Request(string city) => new()
    {
        Name = city,
        Phase = Phase?.Trim() ?? string.Empty,
        JoinedOn = JoinedOn.ToProto(),
        Etag = Etag ?? string.Empty,
    };
}

/// <summary>A city's current membership ends on a day.</summary>
public sealed class LeaveForm : FormModel
{
    public DateOnly? LeftOn { get; set; }

    public LeaveNetworkRequest Request(string city) => new() { Name = city, LeftOn = LeftOn.ToProto(), Etag = Etag ?? string.Empty };
}
