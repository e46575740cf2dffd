using Mc2cm.BadInput.Tests.Cases;
using Mc2cm.Gateway.ApiDocs;

namespace Mc2cm.BadInput.Tests;

/// <summary>
/// The table keeps up with the contracts: every RPC that is not a Get or a List (every write, and
/// the reads with inputs of their own) has cases on both faces, so a new RPC without one fails here.
/// </summary>
public sealed class CaseTableTests
{
    public static IEnumerable<TheoryDataRow<string>> CheckedRpcs =>
        ContractDescriptors.ServiceFiles().SelectMany(f => f.Services).SelectMany(s => s.Methods)
            .Where(m => !m.Name.StartsWith("Get", StringComparison.Ordinal) && !m.Name.StartsWith("List", StringComparison.Ordinal))
            .Select(m => new TheoryDataRow<string>(m.FullName));

    [Fact]
    public void The_contracts_have_rpcs_to_check() => Assert.True(CheckedRpcs.Count() >= 37);

    [Theory]
    [MemberData(nameof(CheckedRpcs))]
    public void The_rpc_has_a_case_on_each_face(string rpc)
    {
        var faces = CaseTable.All.Where(c => c.Method.FullName == rpc).SelectMany(c => c.Faces).ToHashSet();
        Assert.True(faces.IsSupersetOf(BadCase.BothFaces), $"{rpc} has cases on [{string.Join(", ", faces)}]; it needs at least one on gRPC and one on REST.");
    }

    [Fact]
    public void Every_kind_of_bad_input_has_cases() =>
        Assert.All(Enum.GetValues<BadKind>(), kind => Assert.Contains(CaseTable.All, c => c.Kind == kind));

    [Fact]
    public void Case_names_are_unique() =>
        Assert.Empty(CaseTable.All.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key));
}
