namespace Mc2cm.Cities.Cities;

/// <summary>A person the network contacts in a city. Personal data: never in events or logs.</summary>
public sealed record FocalPoint(string Name, string Role, string Email);
