using System.Runtime.InteropServices;

namespace Mc2cm.Testing;

/// <summary>The dotnet host that runs these tests, to run the suite's processes on the same runtime.</summary>
public static class DotnetHost
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        // Set by the dotnet CLI for the processes it starts.
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        // {root}/shared/Microsoft.NETCore.App/{version}/ is where this runtime lives; {root}/dotnet is its host.
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = System.IO.Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }
}
