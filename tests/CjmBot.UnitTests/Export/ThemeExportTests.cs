using CjmBot.Export;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;
using Xunit;

namespace CjmBot.UnitTests.Export;

/// <summary>Accepted themes in every export: a Theme column in CSV and XLSX, answers under their theme headings in Markdown and HTML.</summary>
public sealed class ThemeExportTests
{
    [Fact]
    public async Task Csv_AnswersInATheme_NameIt_OthersAreEmpty()
    {
        var workshop = Themed(Language.En);
        var records = CsvReader.Read(await ExportSamples.TextAsync(ExportFormat.Csv, workshop));

        Assert.Equal("Theme", records[0][10]);
        var barriers = records.Skip(1).Where(record => record[0] == "Small shop owner" && record[2] == "Barriers").ToList();
        Assert.Equal(["Price shock", "Price shock", "Price shock", ""], barriers.Select(record => record[10]));
        Assert.All(records.Skip(1).Where(record => record[2] != "Barriers"), record => Assert.Equal("", record[10]));
    }

    [Fact]
    public async Task Xlsx_AnswersSheet_HasTheThemeColumn()
    {
        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, Themed(Language.Ru)));

        Assert.Equal("Тема", book.Text("Ответы", "K1"));
        Assert.Contains("Ценовой шок", Enumerable.Range(2, 24).Select(row => book.Text("Ответы", "K" + row)));
    }

    [Fact]
    public async Task Markdown_GroupsTheLanesAnswersUnderTheirThemes_InBothLanguages()
    {
        var english = await ExportSamples.TextAsync(ExportFormat.Markdown, Themed(Language.En));
        var russian = await ExportSamples.TextAsync(ExportFormat.Markdown, Themed(Language.Ru));

        Assert.Contains("### Themes · Barriers\n\n#### Price shock — 3 answers\n\n- **Search:** ", english, StringComparison.Ordinal);
        Assert.Contains("#### Not in a theme\n\n- **Purchase:** ", english, StringComparison.Ordinal);
        Assert.Contains("### Темы · Барьеры\n\n#### Ценовой шок — 3 ответа\n\n", russian, StringComparison.Ordinal);
        Assert.Contains("#### Без темы\n\n", russian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_GroupsTheLanesAnswersUnderTheirThemes()
    {
        var html = await ExportSamples.TextAsync(ExportFormat.Html, Themed(Language.En));

        Assert.Contains("<h3>Themes &#183; Barriers</h3>\n<h4>Price shock — 3 answers</h4>", html, StringComparison.Ordinal);
        Assert.Contains("<h4>Not in a theme</h4>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void MapPage_ShowsTheAcceptedThemesWithCounts_InTheReadersLanguage()
    {
        var workshop = Themed(Language.Ru);
        var russian = new System.Text.StringBuilder();
        var english = new System.Text.StringBuilder();

        CjmBot.Export.MapPage.MapPageRenderer.Render(workshop, Language.Ru).AppendBody(russian);
        CjmBot.Export.MapPage.MapPageRenderer.Render(workshop, Language.En).AppendBody(english);

        Assert.Contains("<div id=\"b-s0-themes\" class=\"themes\">\n<h3>Темы &#183; Барьеры</h3>", russian.ToString(), StringComparison.Ordinal);
        Assert.Contains("<li>Ценовой шок — 3 ответа</li>", russian.ToString(), StringComparison.Ordinal);
        Assert.Contains("<li>Ценовой шок — 3 answers</li>", english.ToString(), StringComparison.Ordinal);
        Assert.Contains("<div id=\"b-s1-themes\" class=\"themes\">\n</div>", english.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAcceptedThemes_NoThemesSection_AndAnEmptyThemeColumn()
    {
        var workshop = ExportSamples.Workshop(Language.En, anonymous: false);

        Assert.DoesNotContain("Themes ·", await ExportSamples.TextAsync(ExportFormat.Markdown, workshop), StringComparison.Ordinal);
        Assert.All(CsvReader.Read(await ExportSamples.TextAsync(ExportFormat.Csv, workshop)).Skip(1), record => Assert.Equal("", record[10]));
    }

    /// <summary>The sample workshop with three of the first segment's four barriers accepted as one theme.</summary>
    internal static WorkshopSnapshot Themed(Language language)
    {
        var sample = ExportSamples.Workshop(language, anonymous: false);
        var barriers = sample.Answers.Where(answer => answer.SegmentId == "s1" && answer.Question == QuestionKey.Barriers).ToList();
        var record = new ThemeRecord
        {
            Id = "op-themes-1",
            WorkshopId = sample.Frame.Id,
            SegmentId = "s1",
            Lane = QuestionKey.Barriers,
            Themes = [new StoredTheme("t1", language == Language.Ru ? "Ценовой шок" : "Price shock", [.. barriers.Take(3).Select(answer => answer.Id)])],
            By = new Participant("29:1anna-facilitator", "Anna Petrova"),
            At = SampleWorkshops.Start.AddHours(2),
        };
        return new WorkshopSnapshot(sample.Frame, sample.Progress, sample.Contributions) { Decisions = sample.Decisions, ThemeRecords = [record] };
    }
}
