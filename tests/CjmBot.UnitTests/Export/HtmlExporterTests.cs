using CjmBot.Export;
using CjmBot.Testing;
using CjmBot.Workshops;
using Xunit;

namespace CjmBot.UnitTests.Export;

public sealed class HtmlExporterTests
{
    [Fact]
    public async Task English_SampleWorkshop_MatchesGoldenFile() =>
        Golden.AssertText("map.en.html", await ExportSamples.TextAsync(ExportFormat.Html, ExportSamples.Workshop(Language.En, anonymous: false)));

    [Fact]
    public async Task RussianAnonymous_SampleWorkshop_MatchesGoldenFile() =>
        Golden.AssertText("map.ru.anonymous.html", await ExportSamples.TextAsync(ExportFormat.Html, ExportSamples.Workshop(Language.Ru, anonymous: true)));

    [Theory]
    [InlineData(Language.En, "<html lang=\"en\">")]
    [InlineData(Language.Ru, "<html lang=\"ru\">")]
    public async Task Page_HasTheWorkshopLanguage(Language language, string expected)
    {
        var html = await ExportSamples.TextAsync(ExportFormat.Html, ExportSamples.Workshop(language, anonymous: false));

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_IsSelfContained_NoScriptsNoExternalResources()
    {
        var html = await ExportSamples.TextAsync(ExportFormat.Html, ExportSamples.Workshop(Language.En, anonymous: false));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"curve\"", html, StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"avg\"", html, StringComparison.Ordinal);
        Assert.Contains("<polygon class=\"band\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_WithScriptAndAttributes_IsEncoded()
    {
        var html = await ExportSamples.TextAsync(ExportFormat.Html,
            ExportSamples.WithAnswer("<script>alert('x')</script><img src=x onerror=\"alert(1)\">&copy;"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;copy;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Title_WithMarkup_IsEncodedInHeadAndBody()
    {
        var html = await ExportSamples.TextAsync(ExportFormat.Html,
            ExportSamples.WithFrame(frame => frame with { Title = "</title><script>x</script>" }));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt; — Customer journey map</title>", html, StringComparison.Ordinal);
    }
}
