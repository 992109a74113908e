using System.Text;
using CjmBot.Bot.Exports;
using CjmBot.Export;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using Microsoft.Net.Http.Headers;

namespace CjmBot.Web.Endpoints;

/// <summary>
/// <c>GET /exports/{workshop}/{format}?lang=…&amp;exp=…&amp;sig=…</c>: serves an export behind a signed link from the
/// summary card. A link not signed by this bot, or changed, is 403; a genuine but expired one is 410; a link to a
/// workshop deleted since is 404 (each a short page in the link's language). The file is built on request, so it shows
/// the workshop as it is now, and streamed to the client as it is written; at most <see cref="Hosting.DownloadLimitOptions.MaxConcurrentDownloads"/>
/// files are written at once, the rest queue, and beyond the queue the answer is 503 with <c>Retry-After</c>. The HTML
/// map opens in the browser (to read or print); the other formats download. Nothing is cached on the way.
/// </summary>
public static class ExportEndpoint
{
    public const string Route = ExportLinks.RoutePrefix + "/{workshopId}/{format}";

    /// <summary>Longest file name stem, before the version and extension.</summary>
    private const int MaxFileStem = 80;

    public static IEndpointRouteBuilder MapExportEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, HandleAsync);
        return endpoints;
    }

    /// <summary>The exporter for a format name used in links, if any.</summary>
    public static IWorkshopExporter? ExporterFor(string format) =>
        Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(format, out _)
            ? WorkshopExporters.For(parsed)
            : null;

    /// <summary>
    /// A file name people recognise: the workshop's title (any script; unsafe characters replaced), its version and
    /// the format's extension. Non-ASCII names travel in <c>filename*</c> (RFC 5987) with an ASCII fallback.
    /// </summary>
    public static string FileName(WorkshopFrame frame, string extension)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var stem = new StringBuilder();
        foreach (var c in frame.Title.Trim())
        {
            stem.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : c == ' ' ? ' ' : '_');
        }

        var name = stem.ToString().Trim(' ', '.', '_');
        if (name.Length > MaxFileStem)
        {
            name = name[..MaxFileStem].TrimEnd();
        }

        return (name.Length == 0 ? "journey-map" : name) + $" v{frame.Version}{extension}";
    }

    private static async Task<IResult> HandleAsync(
        string workshopId, string format, string? lang, string? exp, string? sig, HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExportEndpoint).FullName!);
        var (check, link) = services.GetRequiredService<ExportLinks>().Verify(workshopId, format, lang, exp, sig);
        var language = PageResponses.LanguageOf(lang);
        switch (check)
        {
            case ExportLinkCheck.BadSignature:
                Log.ExportRefused(logger, StatusCodes.Status403Forbidden, "bad signature");
                return PageResponses.Problem(context, StatusCodes.Status403Forbidden, language, text => text.DownloadLinkInvalid);
            case ExportLinkCheck.Expired:
                Log.ExportRefused(logger, StatusCodes.Status410Gone, "expired");
                return PageResponses.Problem(context, StatusCodes.Status410Gone, language, text => text.DownloadLinkExpired);
        }

        // At most a few files are written at once; the rest wait their turn (holding nothing but the request), or are
        // told to come back when even the queue is full.
        using var turn = await services.GetRequiredService<DownloadGate>().EnterAsync(cancellationToken).ConfigureAwait(false);
        if (!turn.IsAcquired)
        {
            Log.ExportRefused(logger, StatusCodes.Status503ServiceUnavailable, "too many downloads at once");
            return PageResponses.Busy(context, language, DownloadGate.RetryAfter);
        }

        var exporter = ExporterFor(format);
        var workshop = exporter is null
            ? null
            : await services.GetRequiredService<IWorkshopRepository>().LoadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        if (exporter is null || workshop is null)
        {
            Log.ExportRefused(logger, StatusCodes.Status404NotFound, "no such workshop or format");
            return PageResponses.Problem(context, StatusCodes.Status404NotFound, language, text => text.WorkshopGone);
        }

        // The link names the language; the exporters write in the frame's.
        var localized = workshop.WithFrame(workshop.Frame with { Language = link!.Language });

        var response = context.Response;
        var disposition = new ContentDispositionHeaderValue(exporter.Format == ExportFormat.Html ? "inline" : "attachment");
        disposition.SetHttpFileName(FileName(workshop.Frame, exporter.FileExtension));
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (exporter.Format == ExportFormat.Html)
        {
            response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        }

        // Written straight into the response as it is made: the file is never held whole in memory.
        response.ContentType = exporter.ContentType;
        await exporter.WriteAsync(localized, response.Body, cancellationToken).ConfigureAwait(false);
        Log.ExportServed(logger, workshopId, exporter.Format);
        return Results.Empty;
    }
}
