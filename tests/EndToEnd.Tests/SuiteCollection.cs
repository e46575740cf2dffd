namespace Mc2cm.EndToEnd.Tests;

/// <summary>
/// One running suite for all the end-to-end tests that only call it (starting one takes some
/// 15 s and the whole machine): they run one after another against it, each with its own data.
/// </summary>
[CollectionDefinition(nameof(SuiteCollection))]
public sealed class SuiteCollection : ICollectionFixture<SuiteFixture>;
