namespace Mc2cm.Observability.Tests;

/// <summary>One observed suite for the trace and metrics tests (starting it takes the two cores for a while).</summary>
[CollectionDefinition(nameof(ObservedCollection))]
public sealed class ObservedCollection : ICollectionFixture<ObservedSuite>;
