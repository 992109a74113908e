namespace CjmBot.Protocol.State;

/// <summary>
/// Storage could not be reached (network failure, timeout or a server error) even after the storage client's own
/// retries. Nothing of the failed operation was written; the same request can be tried again once storage is back.
/// Storage providers throw it so that the turn's error handling can tell the user exactly that, without knowing the provider.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
        : base("Storage is unavailable.")
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
