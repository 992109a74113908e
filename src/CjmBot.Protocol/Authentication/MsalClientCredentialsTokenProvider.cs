using Microsoft.Identity.Client;

namespace CjmBot.Protocol.Authentication;

/// <summary>
/// Client-credentials tokens for the Bot Connector from the app's client secret. One confidential client
/// for the process: MSAL's app token cache answers repeated calls until the token nears expiry, so
/// <c>AcquireTokenForClient</c> is called for every request (never AcquireTokenSilent).
/// </summary>
public sealed class MsalClientCredentialsTokenProvider : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>The tenant that issued tokens for legacy multi-tenant bots.</summary>
    public const string MultiTenantAuthority = "https://login.microsoftonline.com/botframework.com";

    private static readonly string[] Scopes = [Scope];

    private readonly IConfidentialClientApplication _application;

    public MsalClientCredentialsTokenProvider(BotOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AppId);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AppPassword);
        Authority = GetAuthority(options);
        _application = ConfidentialClientApplicationBuilder.Create(options.AppId)
            .WithAuthority(Authority)
            .WithClientSecret(options.AppPassword)
            .Build();
    }

    /// <summary>Where tokens are requested: the app's own tenant, or botframework.com for legacy MultiTenant.</summary>
    public string Authority { get; }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _application.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }

    public static string GetAuthority(BotOptions options) => options.AppType switch
    {
        BotAppType.SingleTenant => "https://login.microsoftonline.com/" + Uri.EscapeDataString(
            options.TenantId ?? throw new ArgumentException("A single-tenant bot needs Bot:TenantId.", nameof(options))),
        BotAppType.MultiTenant => MultiTenantAuthority,
        _ => throw new ArgumentException($"AppType {options.AppType} does not use a client secret.", nameof(options)),
    };
}
