namespace Mc2cm.Bench.Load;

/// <summary>What one measured run did: calls completed in the window, their rate and latency, and failures.</summary>
public sealed record LoadResult(long Completed, long Errors, double Seconds, double Throughput, Percentiles Latency, string? FirstError);
