using System.Globalization;
using CjmBot.Export.MapPage;
using CjmBot.Web.MapPage;
using CjmBot.Workshops;

namespace CjmBot.Web.Endpoints;

/// <summary>
/// The headers every page of the bot carries, and the short page behind a refused link, in the link's language.
/// Pages allow only the bot's own script, style and connections; only Microsoft Teams (and the bot itself) may frame
/// them (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements); nothing is cached on the
/// way, and no page sends its address (which holds the link's signature) on as a referrer.
/// </summary>
public static class PageResponses
{
    /// <summary>Where Teams hosts tabs: its web and desktop clients, the Microsoft 365 hosts on <c>cloud.microsoft</c>, and the legacy Skype domain.</summary>
    public const string FrameAncestors = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.skype.com";

    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors " + FrameAncestors;

    public static void ApplySecurityHeaders(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "private, no-store";
    }

    /// <summary>The language of a link's <c>lang</c> as it arrived, even when the link itself was refused; English otherwise.</summary>
    public static Language LanguageOf(string? lang) => Languages.TryParse(lang ?? "") ?? Language.En;

    /// <summary>The language of a page anyone may open: <c>?lang=</c> when it names one, else the browser's first choice when it is Russian, else English.</summary>
    public static Language ReaderLanguage(HttpContext context, string? lang)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Languages.TryParse(lang ?? "")
            ?? (context.Request.Headers.AcceptLanguage.ToString().TrimStart().StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Language.Ru : Language.En);
    }

    /// <summary>A page saying, in <paramref name="language"/>, why a link was refused.</summary>
    public static IResult Problem(HttpContext context, int statusCode, Language language, Func<MapPageText, string> message)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(message);
        ApplySecurityHeaders(context.Response);
        var assets = context.RequestServices.GetRequiredService<MapAssets>();
        var html = MapPageDocument.Problem(language, message(MapPageTexts.For(language)), assets.Urls);
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, statusCode);
    }

    /// <summary>503 with the time to wait, for a server too busy right now.</summary>
    public static IResult Busy(HttpContext context, Language language, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Problem(context, StatusCodes.Status503ServiceUnavailable, language, text => text.TooBusy);
    }
}
