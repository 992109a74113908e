using System.Text;
using CjmBot.Export;
using CjmBot.Workshops;
using Xunit;

namespace CjmBot.UnitTests.Export;

public sealed class ExportAnonymityTests
{
    public static TheoryData<ExportFormat, Language> Cases()
    {
        var cases = new TheoryData<ExportFormat, Language>();
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            cases.Add(format, Language.En);
            cases.Add(format, Language.Ru);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnonymousWorkshop_AnyFormat_NamesNoAuthor(ExportFormat format, Language language)
    {
        var text = await Everything(format, ExportSamples.Workshop(language, anonymous: true));

        foreach (var name in ExportSamples.PeopleNames)
        {
            Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("29:1", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task NamedWorkshop_AnyFormat_NamesEveryAuthor(ExportFormat format, Language language)
    {
        var text = await Everything(format, ExportSamples.Workshop(language, anonymous: false));

        Assert.All(ExportSamples.PeopleNames, name => Assert.Contains(name, text, StringComparison.Ordinal));
    }

    private static async Task<string> Everything(ExportFormat format, WorkshopSnapshot workshop)
    {
        if (format != ExportFormat.Xlsx)
        {
            return await ExportSamples.TextAsync(format, workshop);
        }

        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(format, workshop));
        var all = new StringBuilder();
        all.AppendJoin('\n', book.SheetNames).Append('\n');
        foreach (var cell in book.Sheets.Values.SelectMany(cells => cells.Values))
        {
            all.Append(cell.Value).Append('\n');
        }

        return all.ToString();
    }
}
