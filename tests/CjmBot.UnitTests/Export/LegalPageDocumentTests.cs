using System.Text.RegularExpressions;
using CjmBot.Export.Legal;
using CjmBot.Export.MapPage;
using CjmBot.Workshops;
using Xunit;

namespace CjmBot.UnitTests.Export;

/// <summary>The privacy statement and the terms: the same content in both languages, encoded, without script.</summary>
public sealed class LegalPageDocumentTests
{
    private static readonly MapPageAssets Assets = new("/map/assets/map.css?v=1", "/map/assets/map.js?v=1", "/map/assets/teams.js?v=1");

    [Fact]
    public void RussianAndEnglish_HaveTheSameSectionsAndParagraphs_OnBothPages()
    {
        foreach (var page in new Func<LegalPageText, LegalPage>[] { t => t.Privacy, t => t.Terms })
        {
            var en = page(LegalPageTexts.English);
            var ru = page(LegalPageTexts.Russian);
            Assert.Equal(en.Sections.Select(s => s.Paragraphs.Count), ru.Sections.Select(s => s.Paragraphs.Count));
            Assert.All(ru.Sections.SelectMany(s => s.Paragraphs.Append(s.Heading)).Append(ru.Title).Append(ru.Intro), text => Assert.Matches("[а-яё]", text));
        }
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Ru)]
    public void Pages_CarryEveryParagraph_OnlyTheStyleSheet_AndLinkTheOtherPageAndLanguage(Language language)
    {
        var text = LegalPageTexts.For(language);
        var privacy = LegalPageDocument.Privacy(language, Assets);
        var terms = LegalPageDocument.Terms(language, Assets);

        foreach (var (html, page) in new[] { (privacy, text.Privacy), (terms, text.Terms) })
        {
            Assert.Equal(page.Sections.Count, Regex.Count(html, "<h2>"));
            Assert.Equal(1 + 1 + page.Sections.Sum(s => s.Paragraphs.Count), Regex.Count(html, "<p>"));
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"stylesheet\" href=\"/map/assets/map.css?v=1\">", html, StringComparison.Ordinal);
        }

        var other = language == Language.Ru ? "en" : "ru";
        Assert.Contains($"<a href=\"/privacy?lang={other}\"", privacy, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/terms?lang={language.Code()}\">{text.Terms.Title}</a>", privacy, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/privacy?lang={language.Code()}\">{text.Privacy.Title}</a>", terms, StringComparison.Ordinal);
    }
}
