using Mc2cm.Identity.Tests;

// One issuer in Development for the sign-in tests; each test has its own browser (cookies).
[assembly: AssemblyFixture(typeof(DevelopmentIssuer))]
