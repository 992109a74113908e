using System.Globalization;
using System.Text.Json;
using CjmBot.Export.MapPage;
using CjmBot.Web.MapPage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CjmBot.Web.Endpoints;

/// <summary>
/// <c>GET /map/{workshop}/events?…</c> (see <see cref="MapPageEndpoint"/>): the live map's Server-Sent Events, signed like the
/// page. <c>hello</c> first, then the blocks that changed as <c>update</c>, <c>reload</c> when the map's structure changed,
/// <c>gone</c> and <c>expired</c> before the stream closes, a comment every <see cref="MapPageOptions.Heartbeat"/> while quiet.
/// </summary>
internal static class MapStreamEndpoint
{
    internal static async Task EventsAsync(string workshopId, string? lang, string? exp, string? sig, string? v, HttpContext context)
    {
        var services = context.RequestServices;
        var logger = MapPageEndpoint.Logger(services);
        if (MapPageEndpoint.Refusal(context, workshopId, lang, exp, sig, logger) is { } refused)
        {
            await refused.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var language = PageResponses.LanguageOf(lang);
        var watchers = services.GetRequiredService<MapWatchers>();
        using var subscription = watchers.Subscribe(workshopId, language);
        if (subscription is null)
        {
            Log.MapRefused(logger, StatusCodes.Status503ServiceUnavailable, "too many open streams");
            await PageResponses.Busy(context, language, DownloadGate.RetryAfter).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, watchers.Stopping);
        var cancellationToken = ended.Token;
        var time = services.GetRequiredService<TimeProvider>();
        var heartbeat = services.GetRequiredService<IOptions<MapPageOptions>>().Value.Heartbeat;
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(exp!, NumberStyles.None, CultureInfo.InvariantCulture));
        MapState state;
        try
        {
            state = await subscription.Watcher.FirstAsync(cancellationToken).WaitAsync(MapPageEndpoint.FirstLoadTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            await PageResponses.Busy(context, language, MapPageEndpoint.FirstLoadTimeout).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        state = subscription.Watcher.Current ?? state;
        if (state.IsGone)
        {
            await PageResponses.Problem(context, StatusCodes.Status404NotFound, language, text => text.WorkshopGone).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        // After a reconnect the browser names the last version it received; a first connection names the page's.
        var shown = context.Request.Headers["Last-Event-ID"].FirstOrDefault() is { Length: > 0 } last ? last : v;
        Log.MapStreamOpened(logger, workshopId);
        try
        {
            var hello = JsonSerializer.Serialize(new MapHello(shown ?? "", time.GetUtcNow().ToUnixTimeMilliseconds()), MapPageJsonContext.Stream.MapHello);
            await WriteAsync(response, $"retry: 3000\nevent: hello\ndata: {hello}\n\n", cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (state.Rendering is not { } rendering)
                {
                    await WriteAsync(response, "event: gone\ndata: {}\n\n", cancellationToken).ConfigureAwait(false);
                    return;
                }

                if (time.GetUtcNow() >= expiresAt)
                {
                    await WriteAsync(response, "event: expired\ndata: {}\n\n", cancellationToken).ConfigureAwait(false);
                    return;
                }

                if (rendering.Version != shown)
                {
                    if (shown is not null && MapPageRendering.StructureOf(shown) != rendering.Structure)
                    {
                        await WriteAsync(response, "event: reload\ndata: {}\n\n", cancellationToken).ConfigureAwait(false);
                        return;
                    }

                    await WriteAsync(response, $"event: update\nid: {rendering.Version}\ndata: {state.UpdateFrom(shown)}\n\n", cancellationToken).ConfigureAwait(false);
                    shown = rendering.Version;
                }

                // Until the next state, the next heartbeat or the link's expiry, whichever comes first.
                var left = expiresAt - time.GetUtcNow();
                var next = subscription.Watcher.NextAsync(state);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var quiet = Task.Delay(left < heartbeat ? (left > TimeSpan.Zero ? left : TimeSpan.Zero) : heartbeat, time, wait.Token);
                var first = await Task.WhenAny(next, quiet).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (first == next)
                {
                    state = await next.ConfigureAwait(false);
                }
                else if (left >= heartbeat)
                {
                    await WriteAsync(response, ": ping\n\n", cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the host is stopping: the browser reconnects to another instance or later.
        }
        finally
        {
            Log.MapStreamClosed(logger, workshopId);
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
