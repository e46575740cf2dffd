namespace Mc2cm.Cities.Cities;

/// <summary>Sizes of city fields, shared by validation and the database schema.</summary>
internal static class CityLimits
{
    public const int Name = 100;
    public const int PersonName = 200;
    public const int Source = 300;
    public const int MaxFocalPoints = 20;
    public const long MaxPopulation = 100_000_000;
}
