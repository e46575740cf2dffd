using Mc2cm.Testing;

[assembly: AssemblyFixture(typeof(SharedBroker))]
