using Mc2cm.Faults.Tests.Rig;
using Mc2cm.Testing;

[assembly: AssemblyFixture(typeof(SharedBroker))]
[assembly: AssemblyFixture(typeof(SharedIssuer))]
[assembly: AssemblyFixture(typeof(FaultReport))]
