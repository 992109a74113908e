using System.Net;
using System.Text.Json;
using CjmBot.Bot.Exports;
using CjmBot.Testing;
using CjmBot.Workshops;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

/// <summary>"My data" over HTTP against the real host: the person's own records only, as JSON and Markdown; 403 and 410.</summary>
public sealed class PersonalDataEndpointTests : IDisposable
{
    private const string Boris = "29:1boris-sales";
    private readonly FakeTimeProvider _time = new(SampleWorkshops.Start.AddHours(2));
    private readonly BotHostFactory _factory;
    private readonly HttpClient _client;

    public PersonalDataEndpointTests()
    {
        _factory = new BotHostFactory(
            "Development", new Dictionary<string, string?> { ["Bot:DisableAuthentication"] = "true" }, new RecordingBot(), _time,
            new FakeOpenIdDocumentRetriever());
        _client = _factory.CreateClient();
    }

    private ExportLinks Links => _factory.Services.GetRequiredService<ExportLinks>();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Json_HoldsThePersonsOwnAnswersAndInsight_AndNobodyElses()
    {
        await SeedAsync();
        var link = Links.CreatePersonalData(Boris, Language.En).Links.Single(l => l.Format == "json").Url;

        using var response = await _client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.True(response.Headers.CacheControl is { NoStore: true, Private: true });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Boris, json.RootElement.GetProperty("personId").GetString());
        var workshop = Assert.Single(json.RootElement.GetProperty("workshops").EnumerateArray());
        var texts = workshop.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
        Assert.Equal(13, texts.Count); // one answer per question of both stages, and the insight
        Assert.All(texts.Take(12), text => Assert.StartsWith("Answer 2:", text, StringComparison.Ordinal));
        Assert.Equal("Delivery cost is the real fear", texts[^1]);
        Assert.Equal("Insight", workshop.GetProperty("contributions")[12].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Markdown_InRussian_IsReadable_AndTheOtherPersonIsAbsent()
    {
        await SeedAsync();
        var link = Links.CreatePersonalData(Boris, Language.Ru).Links.Single(l => l.Format == "markdown").Url;

        using var response = await _client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Всё, что внёс(ла) Борис Иванов\n\nСобрано 2026-11-23 11:00 UTC из хранилища этого бота: записи о вас есть в 1 воркшопе.", body, StringComparison.Ordinal);
        Assert.Contains("### Ответы, инсайты, правки", body, StringComparison.Ordinal);
        Assert.Contains("инсайт · Small shop owner · Search: Delivery cost is the real fear", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Answer 1:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedOrAnotherPersonsOrExpiredLink_IsRefused()
    {
        await SeedAsync();
        var link = Links.CreatePersonalData(Boris, Language.En).Links.Single(l => l.Format == "json").Url.PathAndQuery;

        using var otherPerson = await _client.GetAsync(link.Replace("boris-sales", "anna-facilitator", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, otherPerson.StatusCode);
        using var otherFormat = await _client.GetAsync(link.Replace("/mydata/json", "/mydata/markdown", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, otherFormat.StatusCode);

        _time.Advance(TimeSpan.FromDays(2));
        using var expired = await _client.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
    }

    private async Task SeedAsync()
    {
        var repository = _factory.Services.GetRequiredService<IWorkshopRepository>();
        var sample = SampleWorkshops.Snapshot(Language.En);
        await repository.CreateAsync(sample.Frame, sample.Progress, CancellationToken.None);
        foreach (var contribution in sample.Contributions)
        {
            await repository.AddContributionAsync(contribution, CancellationToken.None);
        }
    }
}
