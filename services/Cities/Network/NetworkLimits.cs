namespace Mc2cm.Cities.Network;

/// <summary>Sizes of partner and phase fields, shared by validation and the database schema.</summary>
internal static class NetworkLimits
{
    public const int Name = 200;
    public const int Acronym = 40;
    public const int Contribution = 1000;
}
