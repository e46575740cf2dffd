namespace Mc2cm.EndToEnd.Tests.Examples;

/// <summary>
/// A suite of its own, fresh from the seed, for the documents' examples: they change data the other
/// end-to-end tests read, and they read the seed as a newcomer finds it. Not run beside the other
/// collection, so two suites never start at once.
/// </summary>
[CollectionDefinition(nameof(ExamplesCollection), DisableParallelization = true)]
public sealed class ExamplesCollection : ICollectionFixture<SuiteFixture>;
