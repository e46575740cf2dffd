namespace Mc2cm.ErrorQueues;

/// <summary>A failure the tool explains to the operator in one line (no stack trace).</summary>
public sealed class ErrorQueueException(string message, Exception? inner = null) : Exception(message, inner);
