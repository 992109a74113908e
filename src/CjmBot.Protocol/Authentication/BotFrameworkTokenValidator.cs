using System.Collections;
using System.Text.Json;
using CjmBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CjmBot.Protocol.Authentication;

/// <summary>
/// Validates the JWT the Bot Connector puts on every inbound activity: Bearer scheme, signature by a
/// published Bot Framework key (RS256/384/512 only), issuer, audience = our AppId, lifetime with 5 minutes
/// of skew, the key's channel endorsement, and the <c>serviceurl</c> claim against the activity, so a
/// token captured for one service URL cannot make the bot send its own token somewhere else.
/// </summary>
public sealed class BotFrameworkTokenValidator(
    IConfigurationManager<OpenIdConnectConfiguration> configurationManager,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<BotFrameworkTokenValidator> logger)
{
    public const string Issuer = "https://api.botframework.com";

    public const string ServiceUrlClaim = "serviceurl";

    public const string EndorsementsProperty = "endorsements";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>The production key source. Plain http is accepted only for a loopback metadata URL (local fakes).</summary>
    public static IConfigurationManager<OpenIdConnectConfiguration> CreateConfigurationManager(string metadataUrl, HttpClient httpClient, TimeProvider time)
    {
        var uri = new Uri(metadataUrl, UriKind.Absolute);
        return new SigningKeyCache(metadataUrl, new HttpDocumentRetriever(httpClient) { RequireHttps = !uri.IsLoopback }, time);
    }

    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!TryReadBearerToken(authorizationHeader, out var token))
        {
            return Reject(BotAuthenticationStatus.Unauthorized, "missing or malformed Authorization header");
        }

        var configuration = await GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        if (configuration is null)
        {
            return BotAuthenticationResult.Fail(BotAuthenticationStatus.Unavailable, "OpenID metadata unavailable");
        }

        var result = await ValidateAsync(token, configuration).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys rotate without notice: fetch them again once, then give up on this token.
            Log.SigningKeyNotFoundRefreshing(logger);
            configurationManager.RequestRefresh();
            configuration = await GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            if (configuration is null)
            {
                return BotAuthenticationResult.Fail(BotAuthenticationStatus.Unavailable, "OpenID metadata unavailable");
            }

            result = await ValidateAsync(token, configuration).ConfigureAwait(false);
        }

        if (!result.IsValid)
        {
            return Reject(BotAuthenticationStatus.Unauthorized, $"invalid token ({result.Exception?.GetType().Name ?? "unknown reason"})");
        }

        if (!result.Claims.TryGetValue(ServiceUrlClaim, out var claim) || claim is not string serviceUrl || serviceUrl.Length == 0)
        {
            return Reject(BotAuthenticationStatus.Unauthorized, "missing serviceurl claim");
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Reject(BotAuthenticationStatus.Unauthorized, "serviceurl claim does not match the activity's serviceUrl");
        }

        if (!IsEndorsed(configuration, result.SecurityToken?.SigningKey?.KeyId, activity.ChannelId))
        {
            return Reject(BotAuthenticationStatus.Forbidden, $"signing key not endorsed for channel '{activity.ChannelId}'");
        }

        return BotAuthenticationResult.Success(result.ClaimsIdentity);
    }

    /// <summary>The header must be exactly <c>Bearer &lt;token&gt;</c>: two parts, the scheme spelled as the connector sends it.</summary>
    internal static bool TryReadBearerToken(string? header, out string token)
    {
        token = "";
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        var parts = header.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return false;
        }

        token = parts[1];
        return true;
    }

    /// <summary>
    /// Endorsement rule: a JWKS key that carries an <c>endorsements</c> array may only sign activities of
    /// the channels it lists, so the activity's channelId must be in it. A key without that array, and an
    /// activity without a channelId, are not restricted and pass.
    /// </summary>
    internal static bool IsEndorsed(OpenIdConnectConfiguration configuration, string? keyId, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId) || keyId is null)
        {
            return true;
        }

        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue(EndorsementsProperty, out var endorsements) || endorsements is null)
        {
            return true;
        }

        return ReadStrings(endorsements).Contains(channelId, StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> ReadStrings(object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => e.GetString()!),
        string single => [single],
        IEnumerable items => items.Cast<object?>().Select(i => i?.ToString()).OfType<string>(),
        _ => [],
    };

    private async Task<OpenIdConnectConfiguration?> GetConfigurationAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await configurationManager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Fail closed: without keys no token is trusted.
            Log.OpenIdMetadataUnavailable(logger, exception);
            return null;
        }
    }

    private Task<TokenValidationResult> ValidateAsync(string token, OpenIdConnectConfiguration configuration) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidateIssuer = true,
            ValidAudience = options.Value.AppId,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = AllowedAlgorithms,
            // The handler's own lifetime check reads the system clock; this one reads the injected clock.
            LifetimeValidator = IsWithinLifetime,
        });

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (expires is null || expires.Value.ToUniversalTime() < now - ClockSkew)
        {
            return false;
        }

        return notBefore is null || notBefore.Value.ToUniversalTime() <= now + ClockSkew;
    }

    private BotAuthenticationResult Reject(BotAuthenticationStatus status, string reason)
    {
        Log.InboundRequestRejected(logger, status == BotAuthenticationStatus.Forbidden ? 403 : 401, reason);
        return BotAuthenticationResult.Fail(status, reason);
    }
}
