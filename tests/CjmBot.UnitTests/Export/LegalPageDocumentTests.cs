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
            var en = page(LegalPageTexts.English(LegalFacts.KeepForever));
            var ru = page(LegalPageTexts.Russian(LegalFacts.KeepForever));
            Assert.Equal(en.Sections.Select(s => s.Paragraphs.Count), ru.Sections.Select(s => s.Paragraphs.Count));
            Assert.All(ru.Sections.SelectMany(s => s.Paragraphs.Append(s.Heading)).Append(ru.Title).Append(ru.Intro), text => Assert.Matches("[а-яё]", text));
        }
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Ru)]
    public void Pages_CarryEveryParagraph_OnlyTheStyleSheet_AndLinkTheOtherPageAndLanguage(Language language)
    {
        var text = LegalPageTexts.For(language, LegalFacts.KeepForever);
        var privacy = LegalPageDocument.Privacy(language, Assets, LegalFacts.KeepForever);
        var terms = LegalPageDocument.Terms(language, Assets, LegalFacts.KeepForever);

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

    [Theory]
    [InlineData(Language.En, 0, "This bot keeps a workshop until a facilitator deletes it (its setting Retention:ClosedWorkshopDays is 0")]
    [InlineData(Language.En, 30, "This bot deletes a closed workshop, with everything in it, 30 days after it was closed (its setting Retention:ClosedWorkshopDays).")]
    [InlineData(Language.Ru, 0, "Этот бот хранит воркшоп, пока ведущий его не удалит (его настройка Retention:ClosedWorkshopDays равна 0")]
    [InlineData(Language.Ru, 21, "Этот бот удаляет закрытый воркшоп со всем содержимым через 21 день после закрытия (его настройка Retention:ClosedWorkshopDays).")]
    public void Privacy_StatesThisBotsRetentionSetting(Language language, int days, string sentence)
    {
        var html = LegalPageDocument.Privacy(language, Assets, new LegalFacts(days));
        Assert.Contains(sentence, html, StringComparison.Ordinal);
    }
}
