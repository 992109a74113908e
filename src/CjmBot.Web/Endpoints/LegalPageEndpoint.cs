using CjmBot.Export.Legal;
using CjmBot.Export.MapPage;
using CjmBot.Web.MapPage;
using CjmBot.Workshops;
using CjmBot.Workshops.Retention;

namespace CjmBot.Web.Endpoints;

/// <summary>
/// <c>GET /privacy</c> and <c>GET /terms</c>, the pages the Teams manifest's privacy and terms links open: in
/// <c>?lang=</c>'s language, else the browser's (Accept-Language), else English; the headers of every page of the bot.
/// </summary>
public static class LegalPageEndpoint
{
    public static IEndpointRouteBuilder MapLegalPageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LegalPageDocument.PrivacyPath, (HttpContext context, string? lang) => Page(context, lang, LegalPageDocument.Privacy));
        endpoints.MapGet(LegalPageDocument.TermsPath, (HttpContext context, string? lang) => Page(context, lang, LegalPageDocument.Terms));
        return endpoints;
    }

    private static IResult Page(HttpContext context, string? lang, Func<Language, MapPageAssets, LegalFacts, string> render)
    {
        var language = PageResponses.ReaderLanguage(context, lang);
        var assets = context.RequestServices.GetRequiredService<MapAssets>().Urls;
        var facts = new LegalFacts(context.RequestServices.GetRequiredService<RetentionPolicy>().ClosedWorkshopDays);
        PageResponses.ApplySecurityHeaders(context.Response);
        return Results.Content(render(language, assets, facts), "text/html; charset=utf-8", System.Text.Encoding.UTF8);
    }
}
