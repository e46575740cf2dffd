using Mc2cm.Testing;

[assembly: AssemblyFixture(typeof(SharedBroker))]
[assembly: AssemblyFixture(typeof(SharedIssuer))]
