using CjmBot.Export;
using Xunit;

namespace CjmBot.UnitTests.Export;

/// <summary>Answers given asynchronously in a personal chat are told apart in every format, as the map tells them apart.</summary>
public sealed class PersonalChatAnswerExportTests
{
    [Fact]
    public async Task Csv_SaysWhereEachAnswerWasGiven()
    {
        var personal = CsvReader.Read(await ExportSamples.TextAsync(ExportFormat.Csv, ExportSamples.WithAnswer("Asked a colleague", inPersonalChat: true)));
        var live = CsvReader.Read(await ExportSamples.TextAsync(ExportFormat.Csv, ExportSamples.WithAnswer("Said it in the session")));

        Assert.Equal("Answered in", personal[0][6]);
        Assert.Equal("personal chat", personal[1][6]);
        Assert.Equal("workshop chat", live[1][6]);
    }

    [Fact]
    public async Task Xlsx_AnswersSheet_SaysWhereEachAnswerWasGiven()
    {
        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, ExportSamples.WithAnswer("Asked a colleague", inPersonalChat: true)));

        Assert.Equal(["Answered in", "personal chat", "Asked a colleague"], book.Texts("Answers", "G1", "G2", "J2"));
    }

    [Theory]
    [InlineData(ExportFormat.Markdown)]
    [InlineData(ExportFormat.Html)]
    public async Task MapFormats_MarkOnlyThePersonalChatAnswer(ExportFormat format)
    {
        var personal = await ExportSamples.TextAsync(format, ExportSamples.WithAnswer("Asked a colleague", inPersonalChat: true));
        var live = await ExportSamples.TextAsync(format, ExportSamples.WithAnswer("Said it in the session"));

        Assert.Contains(" · personal chat", personal, StringComparison.Ordinal);
        Assert.DoesNotContain("personal chat", live, StringComparison.Ordinal);
    }
}
