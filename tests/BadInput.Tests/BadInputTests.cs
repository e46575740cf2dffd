using Mc2cm.BadInput.Tests.Calling;
using Mc2cm.BadInput.Tests.Cases;

namespace Mc2cm.BadInput.Tests;

/// <summary>
/// Every case of the table through the gateway: it must be refused with exactly the status and
/// the details it names, never with a server error, and leave every database as it was.
/// </summary>
[Collection(nameof(BadInputCollection))]
public sealed class BadInputTests(BadInputApp app)
{
    public static IEnumerable<TheoryDataRow<string, Face>> Runs => CaseTable.Runs;

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task The_case_is_refused_as_expected_and_stores_nothing(string name, Face face)
    {
        var ct = TestContext.Current.CancellationToken;
        var badCase = CaseTable.Named(name);
        var request = badCase.Request(app.Known);
        var before = await app.FingerprintAsync(ct);
        var outcome = face == Face.Rest
            ? await Faces.SendRestAsync(app.RestAs(badCase.User), badCase.RestRequestFor(request, app.Known), ct)
            : await Faces.CallGrpcAsync(app.ChannelAs(badCase.User, face, badCase.Service).CreateCallInvoker(), badCase.Method, request, ct, badCase.GrpcMessage);
        var changes = (await app.FingerprintAsync(ct)).ChangesSince(before);
        var expected = badCase.ExpectOn(face);
        app.Tally.Record(new CaseRun(badCase, face, outcome, expected.IsMetBy(outcome, face), changes));
        TestContext.Current.TestOutputHelper?.WriteLine($"{name} via {face}: {outcome}");

        Assert.True(changes.Count == 0, $"{name} via {face} changed the database: {string.Join(", ", changes)}");
        Assert.False(outcome.IsServerError, $"{name} via {face} got a server error: {outcome}");
        Assert.True(expected.IsMetBy(outcome, face), $"{name} via {face}: expected {expected}, got {outcome}");
    }
}
