namespace Mc2cm.Cities.Cities;

/// <summary>Where a city is: WGS 84 latitude and longitude in degrees.</summary>
public sealed record GeoPoint(double Latitude, double Longitude);
