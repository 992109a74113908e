using System.Net;
using System.Text.Json.Nodes;
using CjmBot.Bot.Exports;
using CjmBot.Testing;
using CjmBot.Web.MapPage;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

/// <summary>
/// The live map page over HTTP against the real host: the signed link (200, 403, 410, 404, in the link's language),
/// the security headers, the event stream (a change appears on it, a deleted workshop closes it, an expired link ends
/// it), the page's files and the Teams tab pages.
/// </summary>
public sealed class MapPageEndpointTests : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(SampleWorkshops.Start.AddHours(2));
    private readonly BotHostFactory _factory;
    private readonly HttpClient _client;

    public MapPageEndpointTests()
    {
        _factory = new BotHostFactory(
            "Development", new Dictionary<string, string?> { ["Bot:DisableAuthentication"] = "true" }, new RecordingBot(), _time,
            new FakeOpenIdDocumentRetriever());
        _client = _factory.CreateClient();
    }

    private IWorkshopRepository Repository => _factory.Services.GetRequiredService<IWorkshopRepository>();

    private ExportLinks Links => _factory.Services.GetRequiredService<ExportLinks>();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Theory]
    [InlineData(Language.En, "Customer journey map", "Answer 1: the customer compares prices")]
    [InlineData(Language.Ru, "Карта пути клиента", "Ответ 1: клиент сравнивает цены")]
    public async Task Get_SignedLink_ServesThePageInTheLinksLanguage_WithStrictHeaders(Language language, string heading, string answer)
    {
        var workshop = await SeedAsync(language);

        using var response = await _client.GetAsync(Links.CreateMapPage(workshop.Frame.Id, language).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.skype.com", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.True(response.Headers.CacheControl is { NoStore: true, Private: true });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{language.Code()}\">", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Equal(12, CountOf(html, answer));
        Assert.Contains($"data-stream=\"/map/{workshop.Frame.Id}/events?lang={language.Code()}&amp;exp=", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Tampering => new()
    {
        { "sig=", "sig=A" },
        { "exp=", "exp=9" },
        { "lang=ru", "lang=en" },
        { "/map/wsample000001", "/map/w-someone-else" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task Get_ChangedLink_Is403_SaidInTheLinksLanguage(string part, string replacement)
    {
        var workshop = await SeedAsync(Language.Ru);
        var link = Links.CreateMapPage(workshop.Frame.Id, Language.Ru).PathAndQuery;
        var changed = link.Replace(part, replacement, StringComparison.Ordinal);
        Assert.NotEqual(link, changed);

        foreach (var url in new[] { changed, changed.Replace("?", "/events?", StringComparison.Ordinal) })
        {
            using var response = await _client.GetAsync(url);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains(part == "lang=ru" ? "This map link is not valid." : "Эта ссылка на карту недействительна.", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Ответ 1", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_DownloadLinksSignatureOnTheMapPage_Is403()
    {
        var workshop = await SeedAsync(Language.En);
        var download = Links.CreateAll(workshop.Frame.Id, Language.En).Links[0].Url;

        using var response = await _client.GetAsync($"/map/{workshop.Frame.Id}{download.Query}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_AfterTheMapLinkLifetime_Is410InRussian_ButJustBeforeIs200()
    {
        var workshop = await SeedAsync(Language.Ru);
        var link = Links.CreateMapPage(workshop.Frame.Id, Language.Ru).PathAndQuery;

        _time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        using (var stillValid = await _client.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        using var expired = await _client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Срок действия ссылки на карту истёк", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DeletedWorkshop_Is404InRussian_PageAndStream()
    {
        var workshop = await SeedAsync(Language.Ru);
        var link = Links.CreateMapPage(workshop.Frame.Id, Language.Ru).PathAndQuery;
        await Repository.DeleteAsync(workshop.Frame.Id, CancellationToken.None);

        using var page = await _client.GetAsync(link);
        using var stream = await _client.GetAsync(link.Replace("?", "/events?", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Этого воркшопа больше нет.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, stream.StatusCode);
    }

    [Fact]
    public async Task Stream_AnAnswerRecorded_AppearsAsAnUpdateOfItsCellOnly()
    {
        var workshop = await SeedAsync(Language.En);
        var link = Links.CreateMapPage(workshop.Frame.Id, Language.En).PathAndQuery;
        var page = await _client.GetStringAsync(link);
        var version = Attribute(page, "data-version");

        using var response = await OpenStreamAsync(link, version);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.True(response.Headers.CacheControl is { NoStore: true });
        using var events = new ServerSentEvents(await response.Content.ReadAsStreamAsync());
        var hello = await NextEventAsync(events);
        Assert.Equal("hello", hello.Event);
        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), JsonNode.Parse(hello.Data)!["now"]!.GetValue<long>());

        await Repository.AddContributionAsync(Answer(workshop.Frame.Id, "c-live", 1, QuestionKey.Channels, "Newsletters <b>now</b>"), CancellationToken.None);
        var update = await NextEventAsync(events, advance: true);

        Assert.Equal("update", update.Event);
        var data = JsonNode.Parse(update.Data)!.AsObject();
        Assert.Equal(update.Id, data["v"]!.GetValue<string>());
        Assert.NotEqual(version, update.Id);
        var blocks = data["blocks"]!.AsObject();
        Assert.Equal(["head", "s0-c1-5", "s0-head"], blocks.Select(block => block.Key).Order(StringComparer.Ordinal));
        Assert.Contains("Newsletters &lt;b&gt;now&lt;/b&gt;", blocks["s0-c1-5"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_ReconnectingWithTheLastEventId_GetsOnlyWhatChangedSince_AndAnUnknownVersionGetsEveryBlock()
    {
        var workshop = await SeedAsync(Language.En);
        var link = Links.CreateMapPage(workshop.Frame.Id, Language.En).PathAndQuery;
        var version = Attribute(await _client.GetStringAsync(link), "data-version");
        await Repository.AddContributionAsync(Answer(workshop.Frame.Id, "c-a", 0, QuestionKey.Goal, "First new"), CancellationToken.None);
        await AdvanceUntilAsync(async () => Attribute(await _client.GetStringAsync(link), "data-version") != version);

        using var resumed = await OpenStreamAsync(link, lastEventId: version);
        using var fresh = await OpenStreamAsync(link, version: version.Split('.')[0] + ".unknown");
        using var otherStructure = await OpenStreamAsync(link, version: "another.structure");
        using var resumedEvents = new ServerSentEvents(await resumed.Content.ReadAsStreamAsync());
        using var freshEvents = new ServerSentEvents(await fresh.Content.ReadAsStreamAsync());
        using var otherEvents = new ServerSentEvents(await otherStructure.Content.ReadAsStreamAsync());
        await NextEventAsync(resumedEvents);
        await NextEventAsync(freshEvents);
        await NextEventAsync(otherEvents);
        var few = JsonNode.Parse((await NextEventAsync(resumedEvents)).Data)!["blocks"]!.AsObject();
        var all = JsonNode.Parse((await NextEventAsync(freshEvents)).Data)!["blocks"]!.AsObject();

        Assert.Equal(["head", "s0-c0-0", "s0-head"], few.Select(block => block.Key).Order(StringComparer.Ordinal));
        Assert.True(all.Count > 20, $"Every block: {all.Count}");
        Assert.Equal("reload", (await NextEventAsync(otherEvents)).Event);
        Assert.Null(await otherEvents.NextAsync(EventTimeout));
    }

    [Fact]
    public async Task Stream_WorkshopDeleted_SaysGoneAndCloses()
    {
        var workshop = await SeedAsync(Language.En);
        var link = Links.CreateMapPage(workshop.Frame.Id, Language.En).PathAndQuery;
        var version = Attribute(await _client.GetStringAsync(link), "data-version");
        using var response = await OpenStreamAsync(link, version);
        using var events = new ServerSentEvents(await response.Content.ReadAsStreamAsync());
        await NextEventAsync(events);

        await Repository.DeleteAsync(workshop.Frame.Id, CancellationToken.None);

        Assert.Equal("gone", (await NextEventAsync(events, advance: true)).Event);
        Assert.Null(await events.NextAsync(EventTimeout));
    }

    [Fact]
    public async Task Stream_LinkExpires_SaysExpiredAndCloses()
    {
        var workshop = await SeedAsync(Language.En);
        var link = Links.CreateMapPage(workshop.Frame.Id, Language.En).PathAndQuery;
        var version = Attribute(await _client.GetStringAsync(link), "data-version");
        using var response = await OpenStreamAsync(link, version);
        using var events = new ServerSentEvents(await response.Content.ReadAsStreamAsync());
        await NextEventAsync(events);

        _time.Advance(TimeSpan.FromDays(30));

        Assert.Equal("expired", (await NextEventAsync(events, advance: true, skipHeartbeats: true)).Event);
        Assert.Null(await events.NextAsync(EventTimeout));
    }

    [Fact]
    public async Task Stream_Quiet_SendsHeartbeats()
    {
        var workshop = await SeedAsync(Language.En);
        var link = Links.CreateMapPage(workshop.Frame.Id, Language.En).PathAndQuery;
        var version = Attribute(await _client.GetStringAsync(link), "data-version");
        using var response = await OpenStreamAsync(link, version);
        using var events = new ServerSentEvents(await response.Content.ReadAsStreamAsync());
        await NextEventAsync(events);

        var heartbeat = await NextEventAsync(events, advance: true);

        Assert.True(heartbeat.IsComment);
        Assert.Equal("ping", heartbeat.Data);
    }

    [Fact]
    public async Task ManyPages_OneWatcherPerWorkshopAndLanguage()
    {
        var workshop = await SeedAsync(Language.En);
        foreach (var language in new[] { Language.En, Language.En, Language.Ru })
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(Links.CreateMapPage(workshop.Frame.Id, language).PathAndQuery)).StatusCode);
        }

        Assert.Equal(2, _factory.Services.GetRequiredService<MapWatchers>().Count);
    }

    [Theory]
    [InlineData("map.css", "text/css; charset=utf-8", "--current")]
    [InlineData("map.js", "text/javascript; charset=utf-8", "EventSource")]
    [InlineData("teams.js", "text/javascript; charset=utf-8", "microsoftTeams")]
    public async Task Assets_AreServedWithTheirTypeAndATag_AndNotSentAgainWhenUnchanged(string name, string type, string content)
    {
        var assets = _factory.Services.GetRequiredService<MapAssets>();
        var url = name switch { "map.css" => assets.Urls.StyleUrl, "map.js" => assets.Urls.ScriptUrl, _ => assets.Urls.TeamsScriptUrl };

        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tag = response.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/map/assets/nothing.js")).StatusCode);
    }

    [Theory]
    [InlineData("/tab", "ru-RU,ru;q=0.9", "Карты пути", "data-tab=\"personal\"")]
    [InlineData("/tab/config", "en-US", "Journey maps", "data-tab=\"config\"")]
    [InlineData("/tab/config?lang=ru", "en-US", "Выберите карту пути для этой вкладки", "data-tab=\"config\"")]
    public async Task TabPages_SpeakTheReadersLanguage_WithTheSameHeaders(string path, string acceptLanguage, string words, string mode)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(words, html, StringComparison.Ordinal);
        Assert.Contains(mode, html, StringComparison.Ordinal);
        Assert.Contains("data-map-prefix=\"/map/\"", html, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> OpenStreamAsync(string pageLink, string? version = null, string? lastEventId = null)
    {
        var url = pageLink.Replace("?", "/events?", StringComparison.Ordinal) + (version is null ? "" : "&v=" + Uri.EscapeDataString(version));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>The next event; with <paramref name="advance"/>, the fake clock moves a poll at a time until one comes.</summary>
    private async Task<ServerSentEvent> NextEventAsync(ServerSentEvents events, bool advance = false, bool skipHeartbeats = false)
    {
        while (true)
        {
            var next = events.NextAsync(EventTimeout);
            for (var i = 0; advance && i < 100 && !next.IsCompleted; i++)
            {
                _time.Advance(Poll);
                await Task.WhenAny(next, Task.Delay(50));
            }

            var received = await next ?? throw new InvalidOperationException("The stream ended.");
            if (!(skipHeartbeats && received.IsComment))
            {
                return received;
            }
        }
    }

    private async Task AdvanceUntilAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await done())
            {
                return;
            }

            _time.Advance(Poll);
            await Task.Delay(50);
        }

        Assert.Fail("The watcher did not see the change.");
    }

    private static Contribution Answer(string workshopId, string id, int stage, QuestionKey question, string text) => new()
    {
        Id = id, WorkshopId = workshopId, Kind = ContributionKind.Answer, Author = new Participant("29:1new", "New Person"),
        At = SampleWorkshops.Start.AddHours(1), SegmentId = "s1", StageIndex = stage, Question = question, Text = text,
    };

    private static string Attribute(string html, string name)
    {
        var start = html.IndexOf(name + "=\"", StringComparison.Ordinal) + name.Length + 2;
        return html[start..html.IndexOf('"', start)];
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private async Task<WorkshopSnapshot> SeedAsync(Language language)
    {
        var sample = SampleWorkshops.Snapshot(language, position: new Position(0, 1, 0));
        await Repository.CreateAsync(sample.Frame, sample.Progress, CancellationToken.None);
        foreach (var contribution in sample.Contributions)
        {
            await Repository.AddContributionAsync(contribution, CancellationToken.None);
        }

        return sample;
    }
}
