namespace Mc2cm.Testing;

/// <summary>A process's output, line by line, in a file kept after the test for diagnosis.</summary>
internal sealed class ProcessLog : IDisposable
{
    private readonly Lock _gate = new();
    private readonly StreamWriter _writer;

    public ProcessLog(string path)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    }

    public string Path { get; }

    public void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _writer.WriteLine(line);
        }
    }

    public int CountLines(string text) => Lines().Count(line => line.Contains(text, StringComparison.Ordinal));

    public string Tail(int count) => string.Join('\n', Lines().TakeLast(count));

    public void Dispose()
    {
        lock (_gate)
        {
            _writer.Dispose();
        }
    }

    private string[] Lines()
    {
        using var reader = new StreamReader(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        return reader.ReadToEnd().Split('\n');
    }
}
