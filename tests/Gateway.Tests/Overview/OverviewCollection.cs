namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>
/// One set of the four services and the gateway for every overview test (starting them takes the
/// machine's two cores for a while). The tests of the collection run one after the other, so
/// one may stop a service, as long as it starts it again.
/// </summary>
[CollectionDefinition(nameof(OverviewCollection))]
public sealed class OverviewCollection : ICollectionFixture<OverviewApp>;
