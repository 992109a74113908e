using System.Text;
using CjmBot.Bot.Exports;
using CjmBot.Export.Personal;
using CjmBot.Workshops;
using CjmBot.Workshops.People;
using Microsoft.Net.Http.Headers;

namespace CjmBot.Web.Endpoints;

/// <summary>
/// <c>GET /mydata/{json|markdown}?person=…&amp;lang=…&amp;exp=…&amp;sig=…</c>: everything the person contributed in every
/// workshop of this bot's storage, found through the person → workshops index (no workshop is scanned), made at the
/// moment of the download. A link not signed by this bot, or changed, is 403; an expired one 410.
/// </summary>
public static class PersonalDataEndpoint
{
    public const string Route = ExportLinks.PersonalDataRoutePrefix + "/{format}";

    public static IEndpointRouteBuilder MapPersonalDataEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        string format, string? person, string? lang, string? exp, string? sig, HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var language = PageResponses.LanguageOf(lang);
        if (person is not { Length: > 0 } || !ExportLinks.PersonalDataFormats.Contains(format))
        {
            return PageResponses.Problem(context, StatusCodes.Status403Forbidden, language, text => text.DownloadLinkInvalid);
        }

        var (check, link) = services.GetRequiredService<ExportLinks>().VerifyPersonalData(person, format, lang, exp, sig);
        switch (check)
        {
            case ExportLinkCheck.BadSignature:
                return PageResponses.Problem(context, StatusCodes.Status403Forbidden, language, text => text.DownloadLinkInvalid);
            case ExportLinkCheck.Expired:
                return PageResponses.Problem(context, StatusCodes.Status410Gone, language, text => text.DownloadLinkExpired);
        }

        var repository = services.GetRequiredService<IWorkshopRepository>();
        var workshops = new List<PersonalWorkshopData>();
        foreach (var workshopId in await repository.ListWorkshopsOfPersonAsync(person, cancellationToken).ConfigureAwait(false))
        {
            if (await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false) is { } workshop
                && PersonalWorkshopData.Of(workshop, person) is { IsEmpty: false } data)
            {
                workshops.Add(data);
            }
        }

        var name = workshops.SelectMany(w => w.Contributions).Select(c => c.Author.Name).FirstOrDefault()
            ?? workshops.SelectMany(w => w.Conclusions).Select(c => c.Author.Name).FirstOrDefault() ?? person;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var (body, contentType, fileName) = format == "json"
            ? (PersonalDataDocument.Json(person, name, now, workshops), "application/json; charset=utf-8", "my-data.json")
            : (PersonalDataDocument.Markdown(name, now, workshops, link!.Language), "text/markdown; charset=utf-8", "my-data.md");
        var response = context.Response;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(body, contentType, Encoding.UTF8);
    }
}
