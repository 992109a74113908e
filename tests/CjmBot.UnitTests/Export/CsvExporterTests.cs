using System.Text;
using CjmBot.Export;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Questions;
using Xunit;

namespace CjmBot.UnitTests.Export;

public sealed class CsvExporterTests
{
    [Fact]
    public async Task English_SampleWorkshop_MatchesGoldenFile() =>
        Golden.AssertText("answers.en.csv", await ExportSamples.TextAsync(ExportFormat.Csv, ExportSamples.Workshop(Language.En, anonymous: false)));

    [Fact]
    public async Task RussianAnonymous_SampleWorkshop_MatchesGoldenFile() =>
        Golden.AssertText("answers.ru.anonymous.csv", await ExportSamples.TextAsync(ExportFormat.Csv, ExportSamples.Workshop(Language.Ru, anonymous: true)));

    [Fact]
    public async Task File_StartsWithByteOrderMark_AndEndsEveryRecordWithCrlf()
    {
        var bytes = await ExportSamples.BytesAsync(ExportFormat.Csv, ExportSamples.Workshop(Language.Ru, anonymous: false));
        var text = await ExportSamples.TextAsync(ExportFormat.Csv, ExportSamples.Workshop(Language.Ru, anonymous: false));

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?<!\r)\n", text);
        var records = CsvReader.Read(text);
        Assert.Equal(1 + 24 + 1 + 3, records.Count);
        Assert.All(records, record => Assert.Equal(11, record.Length));
        Assert.Equal(["Сегмент", "Этап", "Вопрос", "Автор", "Оценка", "Источник", "Где ответили", "Голоса", "Время (UTC)", "Текст", "Тема"], records[0]);
    }

    [Theory]
    [InlineData(Language.En, false, "Insight", "Small shop owner", "Search", "Борис Иванов", "Chen Wei")]
    [InlineData(Language.Ru, true, "Инсайт", "Владелец магазина", "Поиск", "аноним", "аноним")]
    public async Task Insights_FollowTheAnswers_OneRowEach_WithSegmentStageAuthorAndTime(
        Language language, bool anonymous, string label, string segment, string stage, string firstAuthor, string laterAuthor)
    {
        var workshop = ExportSamples.Workshop(language, anonymous);
        var records = CsvReader.Read(await ExportSamples.TextAsync(ExportFormat.Csv, workshop));

        var insights = records.Skip(1 + workshop.Answers.Count).ToList();
        Assert.Equal(workshop.Insights.Select(i => i.Text), insights.Select(row => row[9]));
        Assert.All(insights, row => Assert.Equal(label, row[2]));
        Assert.Equal([segment, stage, firstAuthor, "", "0"], [insights[0][0], insights[0][1], insights[0][3], insights[0][4], insights[0][7]]);
        Assert.Equal(["IT manager", "", laterAuthor, "2026-11-23T10:01:00Z"], [insights[1][0], insights[1][1], insights[1][3], insights[1][8]]);
        Assert.Equal(["", "", laterAuthor], [insights[2][0], insights[2][1], insights[2][3]]);
    }

    [Fact]
    public async Task Answer_WithFormula_GetsLeadingApostropheAndStaysOneQuotedField()
    {
        var csv = await ExportSamples.TextAsync(ExportFormat.Csv, ExportSamples.WithAnswer("=HYPERLINK(\"http://evil.example\",\"click\")"));

        var records = CsvReader.Read(csv);
        Assert.Equal(2, records.Count);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", records[1][9]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+1 delighted", "'+1 delighted")]
    [InlineData("-1 annoyed", "'-1 annoyed")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("fine = ok", "fine = ok")]
    public async Task TextCell_StartingWithFormulaCharacter_IsNeutralised(string text, string expected)
    {
        var records = CsvReader.Read(await ExportSamples.TextAsync(ExportFormat.Csv, ExportSamples.WithAnswer(text)));

        Assert.Equal(expected, records[1][9]);
    }

    [Fact]
    public async Task NegativeScore_StaysAPlainNumber()
    {
        var records = CsvReader.Read(await ExportSamples.TextAsync(ExportFormat.Csv, ExportSamples.WithAnswer("-2 furious", QuestionKey.Emotions, score: -2)));

        Assert.Equal("-2", records[1][4]);
        Assert.Equal("'-2 furious", records[1][9]);
        Assert.Equal("workshop chat", records[1][6]);
        Assert.Equal("0", records[1][7]);
        Assert.Equal("2026-11-23T09:01:00Z", records[1][8]);
    }

    [Fact]
    public async Task Answer_WithCommasQuotesAndNewLines_RoundTrips()
    {
        const string text = "one, \"two\"\r\nthree\nfour";
        var records = CsvReader.Read(await ExportSamples.TextAsync(ExportFormat.Csv, ExportSamples.WithAnswer(text)));

        Assert.Equal(2, records.Count);
        Assert.Equal(text, records[1][9]);
    }
}
