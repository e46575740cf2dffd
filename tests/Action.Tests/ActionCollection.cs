namespace Mc2cm.Action.Tests;

/// <summary>
/// One set of the four services for the Action tests that only call them (starting them takes
/// the machine's two cores for a while); each test makes its own cities, calls and priorities.
/// </summary>
[CollectionDefinition(nameof(ActionCollection))]
public sealed class ActionCollection : ICollectionFixture<ActionApp>;
