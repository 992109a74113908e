using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CjmBot.Protocol.Authentication;

/// <summary>Tokens for the Bot Connector from the user-assigned managed identity whose client id is the bot's AppId.</summary>
public sealed class ManagedIdentityTokenProvider : IBotTokenProvider
{
    public const string Resource = "https://api.botframework.com";

    private readonly IManagedIdentityApplication _application;

    public ManagedIdentityTokenProvider(BotOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AppId);
        ClientId = options.AppId;
        _application = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(options.AppId)).Build();
    }

    public string ClientId { get; }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _application.AcquireTokenForManagedIdentity(Resource).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
