using Google.Protobuf.WellKnownTypes;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Cities;

/// <summary>Writes cities as mc2cm.cities.v1 messages.</summary>
public static class CityMapping
{
    public static Proto.City ToProto(this City city)
    {
        var message = new Proto.City
        {
            Name = city.ResourceName,
            DisplayName = city.Names.ToProto(),
            CountryCode = city.CountryCode,
            Region = city.Region.ToProto(),
            MembershipStatus = city.Status switch
            {
                MembershipStatus.Member => Proto.MembershipStatus.Member,
                MembershipStatus.FormerMember => Proto.MembershipStatus.FormerMember,
                _ => Proto.MembershipStatus.NotMember,
            },
            CreateTime = Timestamp.FromDateTimeOffset(city.CreatedAt),
            UpdateTime = Timestamp.FromDateTimeOffset(city.UpdatedAt),
            Etag = ETag.From(city.Version),
        };
        if (city.Population is { } population)
        {
            message.Population = new Proto.Population
            {
                Value = population.Value,
                ReferenceYear = population.ReferenceYear,
                Source = population.Source,
            };
        }

        if (city.Location is { } location)
        {
            message.Location = new Google.Type.LatLng { Latitude = location.Latitude, Longitude = location.Longitude };
        }

        message.FocalPoints.AddRange(city.FocalPoints.Select(f => new Proto.FocalPoint { DisplayName = f.Name, Role = f.Role, Email = f.Email }));
        message.Memberships.AddRange(city.Memberships.OrderBy(m => m.JoinedOn).Select(m => new Proto.Membership
        {
            Phase = $"phases/{m.PhaseId}",
            JoinedOn = m.JoinedOn.ToProtoDate(),
            LeftOn = m.LeftOn?.ToProtoDate(),
        }));
        return message;
    }

    public static Proto.Region ToProto(this Region region) => region switch
    {
        Region.Europe => Proto.Region.Europe,
        Region.NorthAfrica => Proto.Region.NorthAfrica,
        Region.MiddleEast => Proto.Region.MiddleEast,
        _ => Proto.Region.Unspecified,
    };
}
