namespace Mc2cm.Testing;

/// <summary>The checkout the tests run from (the folder of MC2CM.sln), where artifacts/ is written.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "MC2CM.sln")))
            {
                return directory.FullName;
            }
        }

        // Test binaries copied out of a checkout: their artifacts go to the temp folder.
        return System.IO.Path.GetTempPath();
    }
}
