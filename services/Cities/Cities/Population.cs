namespace Mc2cm.Cities.Cities;

/// <summary>A population figure; like every figure in MC2CM it carries its year and source.</summary>
public sealed record Population(long Value, int ReferenceYear, string Source);
