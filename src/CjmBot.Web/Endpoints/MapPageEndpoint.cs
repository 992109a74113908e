using System.Globalization;
using System.Text.Json;
using CjmBot.Bot.Exports;
using CjmBot.Export.MapPage;
using CjmBot.Web.MapPage;
using CjmBot.Workshops;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CjmBot.Web.Endpoints;

/// <summary>
/// The live map behind the "Open full map" button and the Teams tabs:
/// <list type="bullet">
/// <item><c>GET /map/{workshop}?lang=…&amp;exp=…&amp;sig=…</c>: the page (200), 403 for a link not signed by this bot or
/// changed, 410 once it expired, 404 for a workshop deleted since; pages in the link's language.</item>
/// <item><c>GET /map/{workshop}/events?…</c> with the same signature: Server-Sent Events; the blocks that changed as
/// <c>update</c>, <c>reload</c> when the map's structure changed, <c>gone</c> and <c>expired</c> before the stream
/// closes; 503 when this instance serves <see cref="MapPageOptions.MaxStreams"/> streams.</item>
/// <item><c>GET /map/assets/{map.css|map.js|teams.js}</c>: the page's files.</item>
/// <item><c>GET /tab</c> and <c>GET /tab/config</c>: the personal tab and the configuration page of the channel and
/// group chat tab (<c>?lang=</c>, else the browser's language).</item>
/// </list>
/// </summary>
public static class MapPageEndpoint
{
    public const string PageRoute = ExportLinks.MapRoutePrefix + "/{workshopId}";
    public const string EventsRoute = PageRoute + "/events";
    public const string AssetRoute = MapAssets.RoutePrefix + "/{name}";
    public const string TabRoute = "/tab";
    public const string TabConfigRoute = "/tab/config";

    /// <summary>How long a page request waits for a workshop's first load before answering 503.</summary>
    private static readonly TimeSpan FirstLoadTimeout = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapMapPageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PageRoute, PageAsync);
        endpoints.MapGet(EventsRoute, EventsAsync);
        endpoints.MapGet(AssetRoute, Asset);
        endpoints.MapGet(TabRoute, (HttpContext context, string? lang) => Tab(context, lang, configuration: false));
        endpoints.MapGet(TabConfigRoute, (HttpContext context, string? lang) => Tab(context, lang, configuration: true));
        return endpoints;
    }

    private static async Task<IResult> PageAsync(string workshopId, string? lang, string? exp, string? sig, HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var logger = Logger(services);
        if (Refusal(context, workshopId, lang, exp, sig, logger) is { } refused)
        {
            return refused;
        }

        var language = PageResponses.LanguageOf(lang);
        var watcher = services.GetRequiredService<MapWatchers>().Get(workshopId, language);
        MapState state;
        try
        {
            state = await watcher.FirstAsync(cancellationToken).WaitAsync(FirstLoadTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Log.MapRefused(logger, StatusCodes.Status503ServiceUnavailable, "the workshop could not be loaded in time");
            return PageResponses.Busy(context, language, FirstLoadTimeout);
        }

        // The newest state: the first one may be seconds old for a watcher that has run for a while.
        state = watcher.Current ?? state;
        if (state.Rendering is not { } rendering)
        {
            Log.MapRefused(logger, StatusCodes.Status404NotFound, "no such workshop");
            return PageResponses.Problem(context, StatusCodes.Status404NotFound, language, text => text.WorkshopGone);
        }

        var assets = services.GetRequiredService<MapAssets>().Urls;
        var streamUrl = $"{ExportLinks.MapRoutePrefix}/{Uri.EscapeDataString(workshopId)}/events{context.Request.QueryString}";
        var html = MapPageDocument.Map(rendering, assets, streamUrl, services.GetRequiredService<TimeProvider>().GetUtcNow());
        PageResponses.ApplySecurityHeaders(context.Response);
        Log.MapServed(logger, workshopId, rendering.Version);
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8);
    }

    private static async Task EventsAsync(string workshopId, string? lang, string? exp, string? sig, string? v, HttpContext context)
    {
        var services = context.RequestServices;
        var logger = Logger(services);
        if (Refusal(context, workshopId, lang, exp, sig, logger) is { } refused)
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
            state = await subscription.Watcher.FirstAsync(cancellationToken).WaitAsync(FirstLoadTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            await PageResponses.Busy(context, language, FirstLoadTimeout).ExecuteAsync(context).ConfigureAwait(false);
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

    private static IResult Asset(string name, HttpContext context)
    {
        if (context.RequestServices.GetRequiredService<MapAssets>().Find(name) is not { } asset)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.ETag = asset.ETag;
        return context.Request.Headers.IfNoneMatch == asset.ETag
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(asset.Content, asset.ContentType);
    }

    private static IResult Tab(HttpContext context, string? lang, bool configuration)
    {
        var language = Languages.TryParse(lang ?? "")
            ?? (context.Request.Headers.AcceptLanguage.ToString().StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Language.Ru : Language.En);
        var assets = context.RequestServices.GetRequiredService<MapAssets>().Urls;
        PageResponses.ApplySecurityHeaders(context.Response);
        return Results.Content(MapPageDocument.Tab(language, configuration, assets, ExportLinks.MapRoutePrefix + "/"), "text/html; charset=utf-8", System.Text.Encoding.UTF8);
    }

    /// <summary>The page refusing the link (403 changed, 410 expired), or null for a link this bot signed and that still works.</summary>
    private static IResult? Refusal(HttpContext context, string workshopId, string? lang, string? exp, string? sig, ILogger logger)
    {
        var (check, _) = context.RequestServices.GetRequiredService<ExportLinks>().VerifyMapPage(workshopId, lang, exp, sig);
        var language = PageResponses.LanguageOf(lang);
        switch (check)
        {
            case ExportLinkCheck.BadSignature:
                Log.MapRefused(logger, StatusCodes.Status403Forbidden, "bad signature");
                return PageResponses.Problem(context, StatusCodes.Status403Forbidden, language, text => text.MapLinkInvalid);
            case ExportLinkCheck.Expired:
                Log.MapRefused(logger, StatusCodes.Status410Gone, "expired");
                return PageResponses.Problem(context, StatusCodes.Status410Gone, language, text => text.MapLinkExpired);
            default:
                return null;
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static ILogger Logger(IServiceProvider services) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MapPageEndpoint).FullName!);
}
