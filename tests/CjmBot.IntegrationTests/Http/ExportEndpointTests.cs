using System.Net;
using CjmBot.Bot.Exports;
using CjmBot.Testing;
using CjmBot.Workshops;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

/// <summary>The download links of the summary card, over HTTP against the real host: 200, 403, 410 and 404.</summary>
public sealed class ExportEndpointTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(SampleWorkshops.Start.AddHours(2));
    private readonly BotHostFactory _factory;
    private readonly HttpClient _client;

    public ExportEndpointTests()
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
    [InlineData("markdown", "text/markdown; charset=utf-8", "attachment", ".md")]
    [InlineData("csv", "text/csv; charset=utf-8", "attachment", ".csv")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "attachment", ".xlsx")]
    [InlineData("html", "text/html; charset=utf-8", "inline", ".html")]
    public async Task Get_SignedLink_ServesTheFileWithItsTypeAndACyrillicFileName(string format, string contentType, string disposition, string extension)
    {
        var workshop = await SeedAsync(Language.Ru);
        var link = Links.CreateAll(workshop.Frame.Id, Language.Ru).Links.Single(l => l.Format == format).Url;

        using var response = await _client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        var header = response.Content.Headers.ContentDisposition!;
        Assert.Equal(disposition, header.DispositionType);
        Assert.Equal($"Путь покупателя v1{extension}", header.FileNameStar);
        Assert.Contains("filename*=UTF-8''%D0%9F%D1%83%D1%82%D1%8C", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl is { NoStore: true, Private: true }, "The file must not be cached on the way.");
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length > 500, $"{format}: only {body.Length} bytes");
        if (format == "xlsx")
        {
            Assert.Equal("PK"u8.ToArray(), body[..2]);
        }
        else
        {
            Assert.Contains("Ответ 1", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_LinkInAnotherLanguage_WritesTheFileInThatLanguage()
    {
        var workshop = await SeedAsync(Language.Ru);
        var link = Links.Create(new ExportLink(workshop.Frame.Id, "html", Language.En, _time.GetUtcNow().AddHours(1)));

        var html = await _client.GetStringAsync(link.PathAndQuery);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WorkshopWithAcceptedThemes_TheDownloadCarriesThem()
    {
        var workshop = await SeedAsync(Language.En);
        var barrier = workshop.Answers.First(answer => answer.Question == CjmBot.Workshops.Questions.QuestionKey.Barriers);
        await Repository.AddThemeRecordAsync(new CjmBot.Workshops.Themes.ThemeRecord
        {
            Id = "op-themes", WorkshopId = workshop.Frame.Id, SegmentId = barrier.SegmentId, Lane = barrier.Question,
            Themes = [new CjmBot.Workshops.Themes.StoredTheme("t1", "Price shock", [barrier.Id])],
            By = new CjmBot.Workshops.Frame.Participant("29:1anna", "Anna Petrova"), At = _time.GetUtcNow(),
        }, CancellationToken.None);
        var link = Links.Create(new ExportLink(workshop.Frame.Id, "markdown", Language.Ru, _time.GetUtcNow().AddHours(1)));

        var markdown = await _client.GetStringAsync(link.PathAndQuery);

        Assert.Contains("### Темы · Барьеры\n\n#### Price shock — 1 ответ\n\n", markdown, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Tampering => new()
    {
        { "sig=", "sig=A" },
        { "exp=", "exp=9" },
        { "lang=ru", "lang=en" },
        { "/csv?", "/html?" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task Get_ChangedLink_Is403(string part, string replacement)
    {
        var workshop = await SeedAsync(Language.Ru);
        var link = Links.CreateAll(workshop.Frame.Id, Language.Ru).Links.Single(l => l.Format == "csv").Url.PathAndQuery;
        var changed = link.Replace(part, replacement, StringComparison.Ordinal);
        Assert.NotEqual(link, changed);

        using var response = await _client.GetAsync(changed);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_AnotherWorkshopsIdUnderAValidSignature_Is403()
    {
        var workshop = await SeedAsync(Language.Ru);
        var link = Links.CreateAll(workshop.Frame.Id, Language.Ru).Links[0].Url.PathAndQuery;

        using var response = await _client.GetAsync(link.Replace(workshop.Frame.Id, "w-someone-else", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithoutSignature_Is403()
    {
        var workshop = await SeedAsync(Language.En);

        using var response = await _client.GetAsync($"/exports/{workshop.Frame.Id}/csv?lang=en&exp=4102444800");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_AfterTheLinkLifetime_Is410ButJustBeforeIs200()
    {
        var workshop = await SeedAsync(Language.En);
        var link = Links.CreateAll(workshop.Frame.Id, Language.En).Links[0].Url.PathAndQuery;

        _time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        using (var stillValid = await _client.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        using var expired = await _client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("expired", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WorkshopDeletedSinceTheLinkWasPosted_Is404()
    {
        var workshop = await SeedAsync(Language.En);
        var link = Links.CreateAll(workshop.Frame.Id, Language.En).Links[0].Url.PathAndQuery;
        await Repository.DeleteAsync(workshop.Frame.Id, CancellationToken.None);

        using var response = await _client.GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RefusedLinks_OfARussianWorkshop_AreAnsweredInRussian()
    {
        var workshop = await SeedAsync(Language.Ru);
        var link = Links.CreateAll(workshop.Frame.Id, Language.Ru).Links.Single(l => l.Format == "xlsx").Url.PathAndQuery;

        using var tampered = await _client.GetAsync(link.Replace("sig=", "sig=A", StringComparison.Ordinal));
        _time.Advance(TimeSpan.FromDays(1));
        using var expired = await _client.GetAsync(link);
        var fresh = Links.CreateAll(workshop.Frame.Id, Language.Ru).Links[0].Url.PathAndQuery;
        await Repository.DeleteAsync(workshop.Frame.Id, CancellationToken.None);
        using var deleted = await _client.GetAsync(fresh);

        foreach (var (response, status, words) in new[]
        {
            (tampered, HttpStatusCode.Forbidden, "Эта ссылка для скачивания недействительна."),
            (expired, HttpStatusCode.Gone, "Срок действия ссылки для скачивания истёк."),
            (deleted, HttpStatusCode.NotFound, "Этого воркшопа больше нет."),
        })
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"ru\">", page, StringComparison.Ordinal);
            Assert.Contains(words, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ManyDownloadsAtOnce_AllServedInTurn_AndBeyondTheQueue503WithRetryAfter()
    {
        using var factory = new BotHostFactory(
            "Development",
            new Dictionary<string, string?>
            {
                ["Bot:DisableAuthentication"] = "true", ["Exports:MaxConcurrentDownloads"] = "2", ["Exports:MaxQueuedDownloads"] = "30",
            },
            new RecordingBot(), _time, new FakeOpenIdDocumentRetriever());
        using var client = factory.CreateClient();
        var repository = factory.Services.GetRequiredService<IWorkshopRepository>();
        var sample = SampleWorkshops.Snapshot(Language.Ru, answersPerQuestion: 20, stages: 6);
        await repository.CreateAsync(sample.Frame, sample.Progress, CancellationToken.None);
        foreach (var contribution in sample.Contributions)
        {
            await repository.AddContributionAsync(contribution, CancellationToken.None);
        }

        var link = factory.Services.GetRequiredService<ExportLinks>().CreateAll(sample.Frame.Id, Language.Ru).Links.Single(l => l.Format == "xlsx").Url.PathAndQuery;
        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => client.GetAsync(link)));
        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var sizes = await Task.WhenAll(responses.Select(response => response.Content.ReadAsByteArrayAsync()));
        Assert.Single(sizes.Select(bytes => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))).Distinct());

        // Every turn taken and none left to queue: the next request is refused at once.
        var gate = factory.Services.GetRequiredService<CjmBot.Web.Endpoints.DownloadGate>();
        var held = new List<System.Threading.RateLimiting.RateLimitLease>();
        for (var i = 0; i < 2; i++)
        {
            held.Add(await gate.EnterAsync(CancellationToken.None));
        }

        var queued = Enumerable.Range(0, 30).Select(_ => gate.EnterAsync(CancellationToken.None).AsTask()).ToList();
        using var refused = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter!.Delta);
        Assert.Contains("Сейчас слишком много скачиваний", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var lease in held)
        {
            lease.Dispose();
        }

        // The queued turns come in order, each as the one before it is given back.
        foreach (var turn in queued)
        {
            using var lease = await turn;
            Assert.True(lease.IsAcquired);
        }
    }

    private async Task<WorkshopSnapshot> SeedAsync(Language language)
    {
        var sample = SampleWorkshops.Snapshot(language);
        await Repository.CreateAsync(sample.Frame, sample.Progress, CancellationToken.None);
        foreach (var contribution in sample.Contributions)
        {
            await Repository.AddContributionAsync(contribution, CancellationToken.None);
        }

        return sample;
    }
}
