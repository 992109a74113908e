namespace CjmBot.Protocol.Authentication;

/// <summary>Authentication is off (local emulators): outbound calls carry no token.</summary>
public sealed class NoTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
