using System.Text.RegularExpressions;
using CjmBot.Export;
using Xunit;

namespace CjmBot.UnitTests.Export;

/// <summary>5,000 answers in every format: each answer appears exactly once and the files stay well-formed. No timing is asserted.</summary>
public sealed partial class LargeWorkshopExportTests
{
    private const int Count = 5000;

    [Fact]
    public async Task Markdown_FiveThousandAnswers_ListsEveryAnswerOnce()
    {
        var markdown = await ExportSamples.TextAsync(ExportFormat.Markdown, ExportSamples.Large(Count));

        var lines = markdown.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal) && line.Contains("Answer #", StringComparison.Ordinal)).ToList();
        Assert.Equal(Count, lines.Count);
        Assert.Equal(Count, Numbers(markdown).Distinct().Count());
        Assert.Contains(@"- Answer #4999: клиент, ""цена"" \| \*важна\* вторая строка — *Участник 49*", lines);
    }

    [Fact]
    public async Task Csv_FiveThousandAnswers_HasOneRecordPerAnswer()
    {
        var records = CsvReader.Read(await ExportSamples.TextAsync(ExportFormat.Csv, ExportSamples.Large(Count)));

        Assert.Equal(Count + 1, records.Count);
        Assert.All(records, record => Assert.Equal(11, record.Length));
        Assert.Equal(Count, records.Skip(1).Select(record => record[9]).Distinct().Count());
        Assert.Contains(records, record => record[9] == "Answer #4999: клиент, \"цена\" | *важна*\nвторая строка" && record[3] == "Участник 49");
    }

    [Fact]
    public async Task Xlsx_FiveThousandAnswers_AnswersSheetAndGridHoldEveryAnswer()
    {
        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, ExportSamples.Large(Count)));

        Assert.Equal(["Владелец магазина", "IT manager", "Ответы"], book.SheetNames);
        Assert.Equal(Count + 1, book.RowCount("Ответы"));
        var gridText = string.Join('\n', book.SheetNames.Take(2).SelectMany(sheet => book.Sheets[sheet].Values.Select(cell => cell.Value)));
        Assert.Equal(Count, Numbers(gridText).Distinct().Count());
        Assert.Equal(Count, Numbers(gridText).Count());
    }

    [Fact]
    public async Task Html_FiveThousandAnswers_ListsEveryAnswerOnce()
    {
        var html = await ExportSamples.TextAsync(ExportFormat.Html, ExportSamples.Large(Count));

        Assert.Equal(Count, Numbers(html).Count());
        Assert.Equal(Count, Numbers(html).Distinct().Count());
        Assert.Contains("Answer #4999: клиент, &quot;цена&quot; | *важна*\nвторая строка", html, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Numbers(string text) => AnswerNumber().Matches(text).Select(match => match.Groups[1].Value);

    [GeneratedRegex(@"Answer \\?#(\d+):")]
    private static partial Regex AnswerNumber();
}
