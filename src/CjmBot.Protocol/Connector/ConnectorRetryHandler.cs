using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CjmBot.Protocol.Connector;

/// <summary>
/// Retries the statuses Teams documents as transient (429, 412, 502, 503, 504) and nothing else: Teams asks
/// bots not to retry other statuses. Waits for Retry-After when the connector sends it, otherwise backs off
/// exponentially with jitter; every wait is capped by <see cref="ConnectorClientOptions.MaxRetryDelay"/>.
/// After the last retry the last response is returned as it is, for the client to turn into an error.
/// </summary>
public sealed class ConnectorRetryHandler(
    IOptions<ConnectorClientOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (request.Content is not null)
        {
            // A request is resent with the same content object: buffer it so it can be read again.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!IsTransient(response.StatusCode))
            {
                return response;
            }

            if (attempt >= settings.MaxRetries)
            {
                Log.ConnectorRetriesExhausted(logger, request.Method.Method, request.RequestUri?.AbsolutePath, (int)response.StatusCode, attempt);
                return response;
            }

            var delay = GetRetryDelay(response, attempt, settings, timeProvider.GetUtcNow(), Random.Shared.NextDouble());
            Log.ConnectorRetrying(logger, request.Method.Method, request.RequestUri?.AbsolutePath, (int)response.StatusCode, attempt + 1, settings.MaxRetries, delay);
            response.Dispose();
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static bool IsTransient(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// The wait before retry number <paramref name="attempt"/> + 1. <paramref name="jitterSample"/> in [0, 1)
    /// spreads the exponential delay over ±20 % so that instances throttled together do not retry together.
    /// </summary>
    internal static TimeSpan GetRetryDelay(
        HttpResponseMessage response, int attempt, ConnectorClientOptions settings, DateTimeOffset now, double jitterSample)
    {
        TimeSpan delay;
        if (response.Headers.RetryAfter is { } retryAfter && (retryAfter.Delta is not null || retryAfter.Date is not null))
        {
            delay = retryAfter.Delta ?? (retryAfter.Date!.Value - now);
        }
        else
        {
            var exponential = settings.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, attempt);
            delay = TimeSpan.FromMilliseconds(exponential * (0.8 + (0.4 * jitterSample)));
        }

        if (delay < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return delay > settings.MaxRetryDelay ? settings.MaxRetryDelay : delay;
    }
}
