using System.Globalization;
using System.Text;
using CjmBot.Export.Html;
using CjmBot.Workshops;

namespace CjmBot.Export.MapPage;

/// <summary>
/// The HTML documents around the map: the live map page itself, the Teams tab pages and the short pages behind a
/// refused link. No inline script or style anywhere (the host's Content-Security-Policy allows only its own files);
/// what the script needs (the stream's address, the words it shows) travels in <c>data-</c> attributes, encoded.
/// </summary>
public static class MapPageDocument
{
    /// <summary>The live map page: the rendering's body inside the page frame, connected to <paramref name="streamUrl"/>.</summary>
    public static string Map(MapPageRendering rendering, MapPageAssets assets, string streamUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        ArgumentNullException.ThrowIfNull(assets);
        var text = MapPageTexts.For(rendering.Language);
        var export = Localization.ExportTexts.For(rendering.Language);
        var html = new StringBuilder(rendering.BodyBytes() + 4096);
        Head(html, rendering.Language, rendering.Title + " — " + export.MapHeading, assets);
        html.Append("<body class=\"map-page\"");
        Data(html, "stream", streamUrl);
        Data(html, "version", rendering.Version);
        Data(html, "now", now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        Data(html, "teams-script", assets.TeamsScriptUrl);
        Data(html, "title", rendering.Title);
        Data(html, "t-live", text.Live);
        Data(html, "t-reconnecting", text.Reconnecting);
        Data(html, "t-just-now", text.UpdatedJustNow);
        Data(html, "t-seconds", text.UpdatedSecondsAgo);
        Data(html, "t-minutes", text.UpdatedMinutesAgo);
        Data(html, "t-hours", text.UpdatedHoursAgo);
        Data(html, "t-days", text.UpdatedDaysAgo);
        Data(html, "t-deleted", text.WorkshopDeleted);
        Data(html, "t-expired", text.MapLinkExpired);
        // Only the connection state is announced; the age ticks every second and is read when a reader reaches it.
        html.Append(">\n<header class=\"bar\">\n<p class=\"live\"><span class=\"dot\" aria-hidden=\"true\"></span> ")
            .Append("<span id=\"live-state\" role=\"status\">").Append(E(text.Live)).Append("</span> · <span id=\"updated\"></span></p>\n")
            .Append("<button type=\"button\" id=\"print\" class=\"print\">").Append(E(text.Print)).Append("</button>\n</header>\n")
            .Append("<noscript><p class=\"notice\">").Append(E(text.ScriptNeeded)).Append("</p></noscript>\n");
        rendering.AppendBody(html);
        html.Append("<script src=\"").Append(E(assets.ScriptUrl)).Append("\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A short page saying why a link was refused (the status code says it to machines).</summary>
    public static string Problem(Language language, string message, MapPageAssets assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var text = MapPageTexts.For(language);
        var html = new StringBuilder(1024);
        Head(html, language, text.LinkProblemTitle, assets);
        html.Append("<body class=\"problem\">\n<main>\n<h1>").Append(E(text.LinkProblemTitle)).Append("</h1>\n<p>").Append(E(message))
            .Append("</p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The Teams tab pages: the personal tab lists the maps opened on this device, the configuration page of a channel
    /// or group chat tab picks one of them (or a pasted link) as the tab's content. The script does the work.
    /// </summary>
    public static string Tab(Language language, bool configuration, MapPageAssets assets, string mapPathPrefix)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var text = MapPageTexts.For(language);
        var html = new StringBuilder(4096);
        Head(html, language, text.TabHeading, assets);
        html.Append("<body class=\"tab\"");
        Data(html, "tab", configuration ? "config" : "personal");
        Data(html, "teams-script", assets.TeamsScriptUrl);
        Data(html, "map-prefix", mapPathPrefix);
        Data(html, "t-not-a-map", text.NotAMapLink);
        Data(html, "t-none", text.NoRecentMaps);
        html.Append(">\n<main>\n<h1>").Append(E(text.TabHeading)).Append("</h1>\n<p>").Append(E(configuration ? text.ConfigIntro : text.TabIntro)).Append("</p>\n")
            .Append("<h2>").Append(E(text.RecentMaps)).Append("</h2>\n<ul id=\"recent\" class=\"recent\"><li class=\"none\">").Append(E(text.NoRecentMaps)).Append("</li></ul>\n")
            .Append("<p class=\"paste\"><label for=\"link\">").Append(E(text.LinkLabel)).Append("</label> ")
            .Append("<input id=\"link\" type=\"url\" autocomplete=\"off\" aria-describedby=\"link-hint\"> ")
            .Append("<button type=\"button\" id=\"open\">").Append(E(text.OpenLink)).Append("</button></p>\n")
            .Append("<p id=\"link-hint\" class=\"hint\">").Append(E(text.LinkHint)).Append("</p>\n")
            .Append("<p id=\"link-problem\" class=\"problem\" role=\"alert\"></p>\n")
            .Append("<noscript><p class=\"notice\">").Append(E(text.ScriptNeeded)).Append("</p></noscript>\n")
            .Append("</main>\n<script src=\"").Append(E(assets.ScriptUrl)).Append("\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => HtmlExporter.E(text);

    private static void Head(StringBuilder html, Language language, string title, MapPageAssets assets) =>
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<link rel=\"stylesheet\" href=\"").Append(E(assets.StyleUrl)).Append("\">\n</head>\n");

    private static void Data(StringBuilder html, string name, string value) =>
        html.Append(" data-").Append(name).Append("=\"").Append(E(value)).Append('"');
}
