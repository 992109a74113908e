using System.Net;
using CjmBot.Testing;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

/// <summary>
/// <c>GET /privacy</c> and <c>GET /terms</c> against the real host: the language from <c>?lang=</c>, else the browser's,
/// else English; the strict headers of every page; no script; the facts the privacy statement must state.
/// </summary>
public sealed class LegalPageEndpointTests : IDisposable
{
    private readonly BotHostFactory _factory;
    private readonly HttpClient _client;

    public LegalPageEndpointTests()
    {
        _factory = new BotHostFactory(
            "Development", new Dictionary<string, string?> { ["Bot:DisableAuthentication"] = "true" }, new RecordingBot(),
            new FakeTimeProvider(SampleWorkshops.Start), new FakeOpenIdDocumentRetriever());
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Theory]
    [InlineData("/privacy", null, "en", "<h1>CjmBot privacy statement</h1>", "/terms?lang=en")]
    [InlineData("/privacy?lang=ru", null, "ru", "<h1>CjmBot: заявление о конфиденциальности</h1>", "/terms?lang=ru")]
    [InlineData("/privacy", "ru-RU,ru;q=0.9,en;q=0.8", "ru", "<h1>CjmBot: заявление о конфиденциальности</h1>", "/terms?lang=ru")]
    [InlineData("/privacy?lang=en", "ru-RU", "en", "<h1>CjmBot privacy statement</h1>", "/terms?lang=en")]
    [InlineData("/privacy?lang=de", "de-DE", "en", "<h1>CjmBot privacy statement</h1>", "/terms?lang=en")]
    [InlineData("/terms", "en-GB", "en", "<h1>CjmBot terms of use</h1>", "/privacy?lang=en")]
    [InlineData("/terms?lang=ru", null, "ru", "<h1>CjmBot: условия использования</h1>", "/privacy?lang=ru")]
    [InlineData("/terms", "ru", "ru", "<h1>CjmBot: условия использования</h1>", "/privacy?lang=ru")]
    public async Task Page_SpeaksTheReadersLanguage_WithTheStrictHeadersOfEveryPage_AndNoScript(
        string path, string? acceptLanguage, string language, string heading, string otherPage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none'; script-src 'self'; style-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.skype.com", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.True(response.Headers.CacheControl is { NoStore: true, Private: true });
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith($"<!DOCTYPE html>\n<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{otherPage}\">", html, StringComparison.Ordinal);
        Assert.Contains(language == "en" ? ">Русский</a>" : ">English</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/map/assets/map\\.css\\?v=[^\"]+\">", html);
    }

    [Theory]
    [InlineData("en", "Azure Table Storage", "delete", "Exports:LinkLifetime", "Exports:MapLinkLifetime", "above the Trace level", "forget me")]
    [InlineData("ru", "Azure Table Storage", "удалить (delete)", "Exports:LinkLifetime", "Exports:MapLinkLifetime", "выше Trace", "забудь меня")]
    public async Task Privacy_SaysWhereTheDataLives_HowToRemoveIt_HowLinksExpire_AndWhatIsNotBuilt(string language, params string[] facts)
    {
        var html = await _client.GetStringAsync($"/privacy?lang={language}");

        foreach (var fact in facts)
        {
            Assert.Contains(fact, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_AnswerOnlyGet()
    {
        using var response = await _client.PostAsync("/privacy", new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
