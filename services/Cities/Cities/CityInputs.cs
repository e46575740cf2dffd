using Mc2cm.BuildingBlocks.Localization;

namespace Mc2cm.Cities.Cities;

/// <summary>A checked CreateCity request.</summary>
public sealed record NewCity(string Id, LocalizedText Names, string CountryCode, Region Region, Population? Population, IReadOnlyList<FocalPoint> FocalPoints, GeoPoint? Location = null);

/// <summary>A checked UpdateCity request.</summary>
public sealed record CityUpdate(string Id, string Etag, CityChanges Changes);

/// <summary>A join (with its phase) or a leave (phase null) on <see cref="Date"/>.</summary>
public sealed record MembershipChange(string CityId, string? PhaseId, DateOnly Date, string Etag);
