namespace Mc2cm.Cities.Network;

/// <summary>One source of a phase's budget.</summary>
/// <param name="FunderId">The funding partner's id, or empty for a pooled contribution.</param>
public sealed record BudgetLine(string FunderId, string Description, decimal Amount, string Currency);
