namespace Mc2cm.BadInput.Tests;

/// <summary>One set of services for every case: starting them takes the machine's two cores for a while.</summary>
[CollectionDefinition(nameof(BadInputCollection))]
public sealed class BadInputCollection : ICollectionFixture<BadInputApp>;
