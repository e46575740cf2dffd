using System.Reflection;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>Where the build put the processes under test (see the project file).</summary>
public static class ProcessesUnderTest
{
    public static string Cities => Dll("Mc2cm.Cities");

    public static string Knowledge => Dll("Mc2cm.Knowledge");

    public static string Gateway => Dll("Mc2cm.Gateway");

    /// <summary>The operator's tool for _error queues (tools/ErrorQueues).</summary>
    public static string ErrorQueues => Dll("Mc2cm.ErrorQueues");

    private static string Dll(string assembly) => Metadata($"process:{assembly}");

    private static string Metadata(string key) =>
        typeof(ProcessesUnderTest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The build did not record '{key}' (see Mc2cm.Faults.Tests.csproj).");
}
