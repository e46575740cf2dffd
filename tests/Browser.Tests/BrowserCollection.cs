namespace Mc2cm.Browser.Tests;

/// <summary>
/// One running suite and one browser for every browser test (starting the suite takes the whole
/// machine for some 20 s): the tests run one after another against them.
/// </summary>
[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<PortalSuite>;
