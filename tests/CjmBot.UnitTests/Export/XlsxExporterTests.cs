using CjmBot.Export;
using CjmBot.Testing;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Progress;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using Xunit;

namespace CjmBot.UnitTests.Export;

public sealed class XlsxExporterTests
{
    private const string AnswerOne = "Answer 1: the customer compares prices and *reads* reviews [link](http://example.com)";
    private const string AnswerTwo = "Answer 2: the customer compares prices and *reads* reviews [link](http://example.com)";

    [Fact]
    public async Task English_SampleWorkshop_HasASheetPerSegmentAndAnAnswersSheet()
    {
        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, ExportSamples.Workshop(Language.En, anonymous: false)));

        Assert.Equal(["Small shop owner", "IT manager", "Answers", "Insights"], book.SheetNames);
    }

    [Fact]
    public async Task InsightsSheet_HasEveryInsightWithSegmentStageAuthorAndTime()
    {
        var workshop = ExportSamples.Workshop(Language.En, anonymous: false);
        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, workshop));

        Assert.Equal(["Segment", "Stage", "Author", "Time (UTC)", "Text"], book.Texts("Insights", "A1", "B1", "C1", "D1", "E1"));
        Assert.Equal(1 + workshop.Insights.Count, book.RowCount("Insights"));
        Assert.Equal(["Small shop owner", "Search", "Борис Иванов", "Delivery cost is the real fear"], book.Texts("Insights", "A2", "B2", "C2", "E2"));
        Assert.Equal(["IT manager", "", "Chen Wei", "2026-11-23T10:01:00Z", "Security beats price"], book.Texts("Insights", "A3", "B3", "C3", "D3", "E3"));
        Assert.Equal(["", "Chen Wei", "We need a future-state map next"], book.Texts("Insights", "A4", "C4", "E4"));
    }

    [Fact]
    public async Task Workbook_WithoutInsights_HasNoInsightsSheet()
    {
        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, ExportSamples.WithAnswer("Only an answer")));

        Assert.Equal(["Small shop owner", "IT manager", "Answers"], book.SheetNames);
    }

    [Fact]
    public async Task English_SegmentSheet_IsTheMapGrid()
    {
        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, ExportSamples.Workshop(Language.En, anonymous: false)));
        const string sheet = "Small shop owner";

        Assert.Equal("Small shop owner", book.Text(sheet, "A1"));
        Assert.Equal("Search", book.Text(sheet, "B1"));
        Assert.Equal("Purchase", book.Text(sheet, "C1"));
        Assert.Equal(["Goal", "Touchpoints", "Emotions", "Barriers", "Solutions", "Channels", "Emotion"],
            book.Texts(sheet, "A2", "A3", "A4", "A5", "A6", "A7", "A8"));
        Assert.Equal($"{AnswerOne} — Anna Petrova\n{AnswerTwo} — Борис Иванов", book.Text(sheet, "B2"));
        Assert.Equal($"-2 {AnswerOne} — Anna Petrova\n-1 {AnswerTwo} — Борис Иванов", book.Text(sheet, "B4"));
        Assert.Equal($"-1 {AnswerOne} — Anna Petrova\n0 {AnswerTwo} — Борис Иванов", book.Text(sheet, "C4"));
        Assert.Equal("min -2 · avg -1.5 · max -1", book.Text(sheet, "B8"));
        Assert.Equal("min -1 · avg -0.5 · max 0", book.Text(sheet, "C8"));
        Assert.Equal("", book.Text("IT manager", "B4"));
        Assert.Equal("+2 Relieved that SSO exists — Chen Wei", book.Text("IT manager", "C4"));
    }

    [Fact]
    public async Task English_AnswersSheet_HasTheCsvColumnsAndOneRowPerAnswer()
    {
        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, ExportSamples.Workshop(Language.En, anonymous: false)));
        const string sheet = "Answers";

        Assert.Equal(["Segment", "Stage", "Question", "Author", "Score", "Source", "Answered in", "Votes", "Time (UTC)", "Text"],
            book.Texts(sheet, "A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1"));
        Assert.Equal(1 + 24 + 1, book.RowCount(sheet));
        Assert.Equal(["Small shop owner", "Search", "Goal", "Anna Petrova", "", "Support tickets", "workshop chat", "0", "2026-11-23T09:00:07Z", AnswerOne],
            book.Texts(sheet, "A2", "B2", "C2", "D2", "E2", "F2", "G2", "H2", "I2", "J2"));
        Assert.Equal(["Emotions", "Anna Petrova", "-2"], book.Texts(sheet, "C6", "D6", "E6"));
        Assert.True(book.Sheets[sheet]["E6"].IsNumber, "The score is a number cell.");
        Assert.True(book.Sheets[sheet]["H2"].IsNumber, "The votes are a number cell.");
        Assert.Equal(["IT manager", "Purchase", "Emotions", "Chen Wei", "2", "Interview", "Relieved that SSO exists"],
            book.Texts(sheet, "A26", "B26", "C26", "D26", "E26", "F26", "J26"));
    }

    [Fact]
    public async Task RussianAnonymous_Workbook_UsesRussianNamesAndNoAuthors()
    {
        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, ExportSamples.Workshop(Language.Ru, anonymous: true)));

        Assert.Equal(["Владелец магазина", "IT manager", "Ответы", "Инсайты"], book.SheetNames);
        Assert.Equal(["аноним", "Безопасность важнее цены"], book.Texts("Инсайты", "C3", "E3"));
        Assert.Equal(["Поиск", "Покупка", "Цель", "Эмоции"], book.Texts("Владелец магазина", "B1", "C1", "A2", "A4"));
        Assert.Equal(
            "-2 Ответ 1: клиент сравнивает цены и *ищет* отзывы <at>кого-то</at>\n-1 Ответ 2: клиент сравнивает цены и *ищет* отзывы <at>кого-то</at>",
            book.Text("Владелец магазина", "B4"));
        Assert.Equal("мин -2 · сред -1,5 · макс -1", book.Text("Владелец магазина", "B8"));
        Assert.All(Enumerable.Range(2, 25), row => Assert.Equal("аноним", book.Text("Ответы", "D" + row)));
    }

    [Fact]
    public async Task SegmentNames_ThatExcelRefuses_AreSanitisedAndUnique()
    {
        var workshop = ExportSamples.WithFrame(frame => frame with
        {
            Segments =
            [
                new Segment("s1", "Answers", ""),
                new Segment("s2", "B2B: buyers / [EU]*?", ""),
                new Segment("s3", "A very long segment name that goes on and on", ""),
                new Segment("s4", "A very long segment name that goes on and on", ""),
                new Segment("s5", "'History'", ""),
            ],
        });

        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, workshop));

        Assert.Equal(
            ["Answers (2)", "B2B_ buyers _ _EU___", "A very long segment name that g", "A very long segment name th (2)", "History (2)", "Answers"],
            book.SheetNames);
        Assert.All(book.SheetNames, name => Assert.InRange(name.Length, 1, 31));
    }

    [Fact]
    public async Task Answer_WithFormulaAndControlCharacters_IsStoredAsText()
    {
        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, ExportSamples.WithAnswer("=HYPERLINK(\"http://evil.example\")\u0001\u0007", QuestionKey.Goal)));

        Assert.Equal("=HYPERLINK(\"http://evil.example\")", book.Text("Answers", "J2"));
        Assert.False(book.Sheets["Answers"]["I2"].IsNumber);
        Assert.Equal("=HYPERLINK(\"http://evil.example\") — Anna Petrova", book.Text("Small shop owner", "B2"));
    }

    [Fact]
    public async Task Workbook_PassesTheOpenXmlSchemaValidator()
    {
        using var stream = new MemoryStream(await ExportSamples.BytesAsync(ExportFormat.Xlsx, ExportSamples.Workshop(Language.Ru, anonymous: false)));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Select(error => $"{error.Path?.XPath}: {error.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task GridCell_OverExcelsLimit_IsCutWithAnEllipsis_WhileTheAnswersSheetKeepsEveryAnswer()
    {
        var frame = SampleWorkshops.Frame(Language.En);
        var long2000 = new string('x', 1990);
        var answers = Enumerable.Range(0, 20).Select(i => new Contribution
        {
            Id = "c-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), WorkshopId = frame.Id, Kind = ContributionKind.Answer,
            Author = new Participant("29:1anna-facilitator", "Anna Petrova"), At = SampleWorkshops.Start.AddSeconds(i),
            SegmentId = "s1", StageIndex = 0, Question = QuestionKey.Barriers, Text = long2000,
        }).ToList();
        var workshop = new WorkshopSnapshot(frame, SampleWorkshops.Progress(Position.Start), answers);

        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, workshop));

        var cell = book.Text("Small shop owner", "B5");
        Assert.Equal(32_767, cell.Length);
        Assert.EndsWith("…", cell, StringComparison.Ordinal);
        Assert.Equal(21, book.RowCount("Answers"));
        Assert.All(Enumerable.Range(2, 20), row => Assert.Equal(long2000, book.Text("Answers", "J" + row)));
    }
}
