using CjmBot.Export;
using CjmBot.Testing;
using CjmBot.Workshops;
using Xunit;

namespace CjmBot.UnitTests.Export;

public sealed class MarkdownExporterTests
{
    [Fact]
    public async Task English_SampleWorkshop_MatchesGoldenFile() =>
        Golden.AssertText("map.en.md", await ExportSamples.TextAsync(ExportFormat.Markdown, ExportSamples.Workshop(Language.En, anonymous: false)));

    [Fact]
    public async Task RussianAnonymous_SampleWorkshop_MatchesGoldenFile() =>
        Golden.AssertText("map.ru.anonymous.md", await ExportSamples.TextAsync(ExportFormat.Markdown, ExportSamples.Workshop(Language.Ru, anonymous: true)));

    [Fact]
    public async Task Answer_WithHeadingLinkTableAndHtml_StaysPlainText()
    {
        var markdown = await ExportSamples.TextAsync(ExportFormat.Markdown,
            ExportSamples.WithAnswer("# Owned\n[click](http://evil.example) | x | ![img](http://evil.example/a.png) <img src=x onerror=alert(1)> **bold**"));

        var lines = markdown.Split('\n');
        Assert.DoesNotContain(lines, line => line.StartsWith("# Owned", StringComparison.Ordinal));
        Assert.DoesNotContain("[click](", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("![img](", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" | x | ", markdown, StringComparison.Ordinal);
        Assert.Contains(@"- \# Owned \[click\]\(http://evil.example\) \| x \| !\[img\]\(http://evil.example/a.png\) &lt;img src=x onerror=alert\(1\)> \*\*bold\*\* — *Anna Petrova*", lines);
    }

    [Theory]
    [InlineData("  1. not a list", @"1\. not a list")]
    [InlineData("12) not a list", @"12\) not a list")]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("+ not a list", @"\+ not a list")]
    [InlineData("> not a quote", @"\> not a quote")]
    [InlineData("=== not a rule", @"\=== not a rule")]
    [InlineData("line one\n# not a heading", @"line one # not a heading")]
    [InlineData("well-known, 2 > 1", "well-known, 2 > 1")]
    public async Task Answer_StartingLikeABlock_IsEscaped(string text, string expected)
    {
        var markdown = await ExportSamples.TextAsync(ExportFormat.Markdown, ExportSamples.WithAnswer(text));

        Assert.Contains($"- {expected} — *Anna Petrova*", markdown.Split('\n'));
    }
}
