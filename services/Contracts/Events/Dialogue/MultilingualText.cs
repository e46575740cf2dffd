namespace Mc2cm.Contracts.Events.Dialogue;

/// <summary>A text in the working languages; French and Arabic may be empty.</summary>
public sealed record MultilingualText(string En, string Fr, string Ar);
