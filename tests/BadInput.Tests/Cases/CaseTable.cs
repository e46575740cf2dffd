namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>Every service's cases; each runs once per face it names.</summary>
public static class CaseTable
{
    public static readonly IReadOnlyList<BadCase> All = [.. CitiesCases.All, .. NetworkCases.All, .. KnowledgeCases.All, .. DialogueCases.All, .. ActionCases.All, .. UnparsableCases.All];

    private static readonly Dictionary<string, BadCase> ByName = All.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First());

    /// <summary>(case, face) pairs: the rows of the suite's theory, one test each.</summary>
    public static IEnumerable<TheoryDataRow<string, Face>> Runs => All.SelectMany(c => c.Faces.Select(face => new TheoryDataRow<string, Face>(c.Name, face)));

    public static BadCase Named(string name) => ByName[name];
}
