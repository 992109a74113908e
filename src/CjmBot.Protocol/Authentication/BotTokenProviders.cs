namespace CjmBot.Protocol.Authentication;

/// <summary>Chooses the outbound token source from the bot's options.</summary>
public static class BotTokenProviders
{
    public static IBotTokenProvider Create(BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DisableAuthentication)
        {
            return new NoTokenProvider();
        }

        return options.AppType switch
        {
            BotAppType.UserAssignedMSI => new ManagedIdentityTokenProvider(options),
            _ => new MsalClientCredentialsTokenProvider(options),
        };
    }
}
