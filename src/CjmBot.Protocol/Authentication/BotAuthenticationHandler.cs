using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace CjmBot.Protocol.Authentication;

/// <summary>
/// Puts the bot's bearer token on every connector request. It sits inside the retry handler, so a retry
/// after a long Retry-After asks again and gets a fresh token when the old one expired meanwhile.
/// </summary>
public sealed class BotAuthenticationHandler(IBotTokenProvider tokenProvider, ILogger<BotAuthenticationHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? token;
        try
        {
            token = await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.OutboundTokenFailed(logger, exception, tokenProvider.GetType().Name);
            throw;
        }

        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
