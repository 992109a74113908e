namespace CjmBot.Storage;

/// <summary>One cheap round trip to the configured storage, for the readiness endpoint. Throws when storage cannot be reached.</summary>
public interface IStorageHealthProbe
{
    Task ProbeAsync(CancellationToken cancellationToken);
}
