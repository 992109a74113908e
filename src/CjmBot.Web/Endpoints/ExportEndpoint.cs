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
/// workshop deleted since is 404. The file is built on request, so it shows the workshop as it is now. The HTML map
/// opens in the browser (to read or print); the other formats download. Nothing is cached on the way.
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
        context.Response.Headers.CacheControl = "private, no-store";
        var (check, link) = services.GetRequiredService<ExportLinks>().Verify(workshopId, format, lang, exp, sig);
        switch (check)
        {
            case ExportLinkCheck.BadSignature:
                Log.ExportRefused(logger, StatusCodes.Status403Forbidden, "bad signature");
                return Results.Text("This download link is not valid.", "text/plain", Encoding.UTF8, StatusCodes.Status403Forbidden);
            case ExportLinkCheck.Expired:
                Log.ExportRefused(logger, StatusCodes.Status410Gone, "expired");
                return Results.Text("This download link has expired. Ask the facilitator to type export again for a fresh one.",
                    "text/plain", Encoding.UTF8, StatusCodes.Status410Gone);
        }

        var exporter = ExporterFor(format);
        var workshop = exporter is null
            ? null
            : await services.GetRequiredService<IWorkshopRepository>().LoadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        if (exporter is null || workshop is null)
        {
            Log.ExportRefused(logger, StatusCodes.Status404NotFound, "no such workshop or format");
            return Results.Text("This workshop no longer exists.", "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound);
        }

        // The link names the language; the exporters write in the frame's.
        var localized = new WorkshopSnapshot(workshop.Frame with { Language = link!.Language }, workshop.Progress, workshop.Contributions)
        {
            Decisions = workshop.Decisions,
        };
        using var buffer = new MemoryStream();
        await exporter.WriteAsync(localized, buffer, cancellationToken).ConfigureAwait(false);

        var disposition = new ContentDispositionHeaderValue(exporter.Format == ExportFormat.Html ? "inline" : "attachment");
        disposition.SetHttpFileName(FileName(workshop.Frame, exporter.FileExtension));
        context.Response.Headers.ContentDisposition = disposition.ToString();
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (exporter.Format == ExportFormat.Html)
        {
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        }

        Log.ExportServed(logger, workshopId, exporter.Format, buffer.Length);
        return Results.Bytes(buffer.ToArray(), exporter.ContentType);
    }
}
