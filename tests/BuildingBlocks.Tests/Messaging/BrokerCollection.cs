namespace Mc2cm.BuildingBlocks.Tests.Messaging;

/// <summary>
/// The messaging tests publish CityRegistered, which fans out to every bound queue: they run one
/// after another so that one test's deliberate duplicates and poison never reach another's service.
/// </summary>
[CollectionDefinition(nameof(BrokerCollection), DisableParallelization = true)]
public sealed class BrokerCollection;
