using CjmBot.Bot.Exports;
using CjmBot.Export.MapPage;
using CjmBot.Web.MapPage;
using CjmBot.Workshops;

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

    /// <summary>How long a page request (or a stream) waits for a workshop's first load before answering 503.</summary>
    internal static readonly TimeSpan FirstLoadTimeout = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapMapPageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PageRoute, PageAsync);
        endpoints.MapGet(EventsRoute, MapStreamEndpoint.EventsAsync);
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
        var language = PageResponses.ReaderLanguage(context, lang);
        var assets = context.RequestServices.GetRequiredService<MapAssets>().Urls;
        PageResponses.ApplySecurityHeaders(context.Response);
        return Results.Content(MapPageDocument.Tab(language, configuration, assets, ExportLinks.MapRoutePrefix + "/"), "text/html; charset=utf-8", System.Text.Encoding.UTF8);
    }

    /// <summary>The page refusing the link (403 changed, 410 expired), or null for a link this bot signed and that still works.</summary>
    internal static IResult? Refusal(HttpContext context, string workshopId, string? lang, string? exp, string? sig, ILogger logger)
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

    internal static ILogger Logger(IServiceProvider services) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MapPageEndpoint).FullName!);
}
