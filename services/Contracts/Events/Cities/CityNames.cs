namespace Mc2cm.Contracts.Events.Cities;

/// <summary>A city's name in the working languages; French and Arabic may be empty.</summary>
public sealed record CityNames(string En, string Fr, string Ar);
