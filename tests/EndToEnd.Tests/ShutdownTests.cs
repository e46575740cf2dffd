using System.Text;
using Mc2cm.Testing;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>Stopping the suite stops everything it started: broker, epmd, services, gateway.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_app_host_leaves_no_process_behind()
    {
        var suite = new SuiteFixture();
        await suite.InitializeAsync();
        var dataDirectory = suite.DataDirectory;
        var started = ProcessesMentioning(dataDirectory);

        await suite.DisposeAsync();

        // The node and epmd carry the data folder in their arguments or environment; the services carry it
        // in their connection strings. None of them may survive the app host.
        Assert.NotEmpty(started);
        await Poll.UntilAsync(() => ProcessesMentioning(dataDirectory).Count == 0, TimeSpan.FromSeconds(30),
            $"every process of the suite to exit (left: {string.Join(", ", ProcessesMentioning(dataDirectory))})",
            TestContext.Current.CancellationToken);
    }

    /// <summary>Live processes whose command line or environment names <paramref name="text"/>.</summary>
    private static List<string> ProcessesMentioning(string text)
    {
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            try
            {
                var status = File.ReadAllText(Path.Combine(dir, "status"));
                if (status.Contains("State:\tZ", StringComparison.Ordinal))
                {
                    continue; // a zombie has exited already; only its exit code waits to be read
                }

                var cmdline = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(dir, "cmdline")));
                var environ = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(dir, "environ")));
                if (cmdline.Contains(text, StringComparison.Ordinal) || environ.Contains(text, StringComparison.Ordinal))
                {
                    found.Add($"{Path.GetFileName(dir)}:{cmdline.Replace('\0', ' ').Trim()}");
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked, or is not ours to read.
            }
        }

        return found;
    }
}
