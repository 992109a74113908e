namespace CjmBot.Storage;

/// <summary>
/// Counts the HTTP requests sent to Table Storage by the clients <c>AddCjmBotStorage</c> creates (every attempt,
/// retries included), so a benchmark can report storage round trips per answer. One per process; thread-safe.
/// </summary>
public sealed class StorageRequestCounter
{
    private long _requests;

    /// <summary>Requests sent since the process started.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    internal void Increment() => Interlocked.Increment(ref _requests);
}
