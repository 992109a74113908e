using System.Text;
using CjmBot.Export;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Voting;
using Xunit;

namespace CjmBot.UnitTests.Export;

/// <summary>Votes, ranks, action items and conclusions in every export, and who is named where.</summary>
public sealed class VotingExportTests
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

    [Fact]
    public async Task Markdown_VotedWorkshop_MatchesGoldenFile() =>
        Golden.AssertText("voted.en.md", await ExportSamples.TextAsync(ExportFormat.Markdown, VotingExportSamples.Workshop(Language.En, anonymous: false)));

    [Fact]
    public async Task Html_VotedAnonymousRussianWorkshop_MatchesGoldenFile() =>
        Golden.AssertText("voted.ru.anonymous.html", await ExportSamples.TextAsync(ExportFormat.Html, VotingExportSamples.Workshop(Language.Ru, anonymous: true)));

    [Fact]
    public async Task Csv_VotedWorkshop_MatchesGoldenFile() =>
        Golden.AssertText("voted.en.csv", await ExportSamples.TextAsync(ExportFormat.Csv, VotingExportSamples.Workshop(Language.En, anonymous: false)));

    [Fact]
    public async Task Csv_VotesColumn_SumsEveryBallotPerAnswer()
    {
        var workshop = VotingExportSamples.Workshop(Language.En, anonymous: false);
        var rows = CsvReader.Read(await ExportSamples.TextAsync(ExportFormat.Csv, workshop));

        var votes = Array.IndexOf(rows[0], "Votes");
        var column = rows.Skip(1).Take(workshop.Answers.Count).Select(row => int.Parse(row[votes], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(workshop.Answers.Count, column.Count);
        Assert.Equal(workshop.Answers.Sum(a => workshop.Votes.VotesFor(a.Id)), column.Sum());
        Assert.Equal(3 + 3 + 2, column.Sum());
        Assert.Equal(4, column.Max());
        Assert.Single(column, v => v == 4);
        var actionItem = Assert.Single(rows, row => row[2] == "Action item");
        Assert.Equal(["Small shop owner", "Dana Kim", "4", "2026-12-15", VotingExportSamples.TopSolution(workshop).Text], [actionItem[0], actionItem[3], actionItem[votes], actionItem[8], actionItem[9]]);
        Assert.Equal(workshop.Conclusions.Count, rows.Count(row => row[2] == "Direction for the product" || row[2] == "Customer interaction and business model" || row[2] == "Changes to reach the KPIs"));
    }

    [Fact]
    public async Task Xlsx_VotedWorkshop_ShowsRanksInTheGridAndAddsActionItemAndConclusionSheets()
    {
        var workshop = VotingExportSamples.Workshop(Language.En, anonymous: false);
        var book = XlsxWorkbook.Read(await ExportSamples.BytesAsync(ExportFormat.Xlsx, workshop));

        Assert.Equal(["Small shop owner", "IT manager", "Answers", "Insights", "Action items", "Conclusions"], book.SheetNames);
        Assert.Single(book.Sheets["Small shop owner"].Values, c => c.Value.Contains(VotingExportSamples.TopSolution(workshop).Text + " — Борис Иванов (#1 · ● 4 votes)", StringComparison.Ordinal));
        Assert.Equal(["Solution", "Segment", "Owner", "Due"], book.Texts("Action items", "A1", "B1", "C1", "D1"));
        Assert.Equal([VotingExportSamples.TopSolution(workshop).Text, "Small shop owner", "Dana Kim", "2026-12-15"], book.Texts("Action items", "A2", "B2", "C2", "D2"));
        Assert.Equal(["Direction for the product", "Guest checkout first", "Chen Wei"], book.Texts("Conclusions", "A2", "B2", "C2"));
    }

    [Fact]
    public async Task Xlsx_VotedWorkshop_PassesTheOpenXmlSchemaValidator()
    {
        var bytes = await ExportSamples.BytesAsync(ExportFormat.Xlsx, VotingExportSamples.Workshop(Language.Ru, anonymous: true));
        using var stream = new MemoryStream(bytes);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, isEditable: false);

        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnonymousWorkshop_AnyFormat_NamesOwnersButNeitherVotersNorConclusionAuthors(ExportFormat format, Language language)
    {
        var text = await Everything(format, VotingExportSamples.Workshop(language, anonymous: true));

        // Every format carries the action items, owners named.
        Assert.Contains(VotingExportSamples.Owner.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain(VotingExportSamples.Voter.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chen Wei", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna Petrova", text, StringComparison.Ordinal);
        Assert.DoesNotContain("29:1", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task NamedWorkshop_AnyFormat_NamesConclusionAuthorsButNeverVoters(ExportFormat format, Language language)
    {
        var text = await Everything(format, VotingExportSamples.Workshop(language, anonymous: false));

        Assert.Contains(VotingExportSamples.Owner.Name, text, StringComparison.Ordinal);
        Assert.Contains("Chen Wei", text, StringComparison.Ordinal);
        Assert.DoesNotContain(VotingExportSamples.Voter.Name, text, StringComparison.Ordinal);
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

/// <summary>The export sample workshop after dot-voting, with an action item and conclusions.</summary>
internal static class VotingExportSamples
{
    /// <summary>Voted but gave no answer: their name must appear nowhere.</summary>
    public static readonly Participant Voter = new("29:1vera-voter", "Vera Voter");

    /// <summary>Owns an action item: named in every export, anonymous or not.</summary>
    public static readonly Participant Owner = new("29:1dana-owner", "Dana Kim");

    public static WorkshopSnapshot Workshop(Language language, bool anonymous)
    {
        var sample = ExportSamples.Workshop(language, anonymous);
        var frame = sample.Frame;
        var items = VotingItems.Of(sample.Answers, "s1");
        var barrier = items.First(a => a.Question == QuestionKey.Barriers);
        var solutions = items.Where(a => a.Question == QuestionKey.Solutions).ToList();
        var chen = new Participant("29:1chen-support", "Chen Wei");
        var anna = frame.CreatedBy;
        var at = SampleWorkshops.Start.AddHours(2);
        Ballot[] ballots =
        [
            new(frame.Id, "s1", Voter, new Dictionary<string, int> { [solutions[^1].Id] = 3 }, at),
            new(frame.Id, "s1", chen, new Dictionary<string, int> { [solutions[^1].Id] = 1, [barrier.Id] = 2 }, at),
            new(frame.Id, "s1", anna, new Dictionary<string, int> { [solutions[0].Id] = 1, [barrier.Id] = 1 }, at),
        ];
        ActionItem[] actions =
        [
            new()
            {
                Id = "act-1", WorkshopId = frame.Id, AnswerId = solutions[^1].Id, SegmentId = "s1", Text = solutions[^1].Text,
                Owner = Owner, Due = new DateOnly(2026, 12, 15), AssignedBy = anna, At = at.AddMinutes(5),
            },
        ];
        Conclusion[] conclusions =
        [
            new()
            {
                Id = "con-1", WorkshopId = frame.Id, Topic = ConclusionTopic.ProductDirection, Author = chen, At = at.AddMinutes(6),
                Text = language == Language.Ru ? "Сначала гостевое оформление" : "Guest checkout first",
            },
            new()
            {
                Id = "con-2", WorkshopId = frame.Id, Topic = ConclusionTopic.KpiChanges, Author = anna, At = at.AddMinutes(7),
                Text = language == Language.Ru ? "Считать отказы на каждом шаге" : "Track drop-off per step",
            },
        ];
        return new WorkshopSnapshot(frame, sample.Progress, sample.Contributions)
        {
            Decisions = new WorkshopDecisions(new VotingState(VotingStatus.Closed, 3, at, anna), ballots, actions, conclusions),
        };
    }

    public static CjmBot.Workshops.Contributions.Answer TopSolution(WorkshopSnapshot workshop) =>
        workshop.Votes.Ranking("s1", QuestionKey.Solutions)[0].Answer;
}
