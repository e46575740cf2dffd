namespace Mc2cm.BadInput.Tests.Databases;

/// <summary>The fingerprints of every service's database at one moment.</summary>
public sealed record SuiteFingerprint(IReadOnlyList<DatabaseFingerprint> Databases)
{
    public IReadOnlyList<string> ChangesSince(SuiteFingerprint before) =>
        [.. Databases.Zip(before.Databases).SelectMany(pair => pair.First.ChangesSince(pair.Second))];
}
