using System.Text;
using System.Text.RegularExpressions;
using CjmBot.Export.MapPage;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using Xunit;

namespace CjmBot.UnitTests.Export;

/// <summary>The live map page as rendered from a workshop: what it shows, in which language, and how it splits into live blocks.</summary>
public sealed partial class MapPageRendererTests
{
    private static readonly MapPageAssets Assets = new("/map/assets/map.css?v=1", "/map/assets/map.js?v=1", "/map/assets/teams.js?v=1");

    private static string Body(WorkshopSnapshot workshop, Language? language = null)
    {
        var html = new StringBuilder();
        MapPageRenderer.Render(workshop, language ?? workshop.Frame.Language).AppendBody(html);
        return html.ToString();
    }

    [Fact]
    public void LargeWorkshop_EveryAnswerAppearsOnce_InFull()
    {
        var workshop = ExportSamples.Large(1680);

        var body = Body(workshop);

        var numbers = AnswerNumber().Matches(body).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(1680, numbers.Count);
        Assert.Equal(1680, numbers.Distinct().Count());
        Assert.Contains("Answer #1679: клиент, &quot;цена&quot; | *важна*\nвторая строка", body, StringComparison.Ordinal);
    }

    [Fact]
    public void LongAnswer_IsNotCut()
    {
        var text = string.Concat(Enumerable.Repeat("Доставка дорогая и непонятная. ", 64)).Trim();
        Assert.True(text.Length > 1900);

        Assert.Contains(text, Body(ExportSamples.WithAnswer(text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_ShowTheirAuthor_SourceTagAndPersonalChatMark()
    {
        var body = Body(ExportSamples.Workshop(Language.En, anonymous: false));
        var personal = Body(ExportSamples.WithAnswer("Asked a colleague", inPersonalChat: true));

        Assert.Contains("<span class=\"text\">Answer 1: the customer compares prices and *reads* reviews [link](http://example.com)</span> <span class=\"by\">— Anna Petrova</span> <span class=\"tag source\">Support tickets</span>", body, StringComparison.Ordinal);
        Assert.Contains("<span class=\"by\">— Борис Иванов</span>", body, StringComparison.Ordinal);
        Assert.Contains("<span class=\"text\">Asked a colleague</span> <span class=\"by\">— Anna Petrova</span> <span class=\"tag async\">personal chat</span>", personal, StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousWorkshop_NamesNoAuthorOfAnAnswer()
    {
        var body = Body(ExportSamples.Workshop(Language.Ru, anonymous: true));

        Assert.DoesNotContain("class=\"by\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna Petrova", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Борис", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Chen Wei", body, StringComparison.Ordinal);
        Assert.Contains("<span class=\"text\">Ответ 1: клиент сравнивает цены и *ищет* отзывы &lt;at&gt;кого-то&lt;/at&gt;</span> <span class=\"tag source\">Обращения в поддержку</span>", body, StringComparison.Ordinal);
    }

    [Fact]
    public void VotedWorkshop_ShowsVotesAndRanks_AndTheActionItemsAndConclusions_NeverTheVoters()
    {
        var workshop = VotingExportSamples.Workshop(Language.En, anonymous: false);

        var body = Body(workshop);

        Assert.Contains(Middot(VotingExportSamples.TopSolution(workshop).Text + "</span> <span class=\"by\">— Борис Иванов</span> <span class=\"votes\">#1 · ● 4 votes</span>"), body, StringComparison.Ordinal);
        Assert.Contains(Middot("<span class=\"votes\">#1 · ● 3 votes</span>"), body, StringComparison.Ordinal);
        Assert.Contains("<h2>Action items</h2>", body, StringComparison.Ordinal);
        Assert.Contains("<td>Dana Kim</td><td>2026-12-15</td>", body, StringComparison.Ordinal);
        Assert.Contains("<h2>Conclusions</h2>", body, StringComparison.Ordinal);
        Assert.Contains("Guest checkout first <span class=\"author\">— Chen Wei</span>", body, StringComparison.Ordinal);
        Assert.DoesNotContain(VotingExportSamples.Voter.Name, body, StringComparison.Ordinal);
    }

    [Fact]
    public void EmotionCurve_HasTheBandTheAverageLineAndTheSpread_AndMarksTheKeyPainPoint()
    {
        var body = Body(ExportSamples.Workshop(Language.En, anonymous: false));
        var first = Block(body, "s0-curve");

        Assert.Matches("<polygon class=\"band\" points=\"[0-9., ]+\"/>", first);
        Assert.Matches("<polyline class=\"avg\" points=\"[0-9., ]+\"/>", first);
        Assert.Contains(Middot("<li class=\"pain\"><strong>1. Search:</strong> min -2 · avg -1.5 · max -1 (2 scores) <span class=\"pain-label\">⚠ key pain point</span></li>"), first, StringComparison.Ordinal);
        Assert.Contains(Middot("<li><strong>2. Purchase:</strong> min -1 · avg -0.5 · max 0 (2 scores)</li>"), first, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"pain\"", first, StringComparison.Ordinal);
        Assert.Contains(Middot("<td id=\"b-s0-e0\" class=\"pain\">min -2 · avg -1.5 · max -1 <span class=\"pain-label\">⚠ key pain point</span></td>"), body, StringComparison.Ordinal);

        // One scored stage is no contrast: no key pain point in the second segment.
        Assert.DoesNotContain("pain", Block(body, "s1-curve").Replace("<h3>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Insights_PerSegmentAndForTheWholeMap_AreShown()
    {
        var body = Body(ExportSamples.Workshop(Language.En, anonymous: false));

        Assert.Contains("<strong>Search:</strong> Delivery cost is the real fear <span class=\"author\">— Борис Иванов</span>", Block(body, "s0-insights"), StringComparison.Ordinal);
        Assert.Contains("Security beats price", Block(body, "s1-insights"), StringComparison.Ordinal);
        Assert.Contains("<h3>Insights for the whole map</h3>", Block(body, "general"), StringComparison.Ordinal);
        Assert.Contains("We need a future-state map next", Block(body, "general"), StringComparison.Ordinal);
    }

    [Fact]
    public void CurrentStageAndQuestion_AreHighlighted_AndNothingOnceFinished()
    {
        var workshop = ExportSamples.Workshop(Language.En, anonymous: false);
        var running = Body(workshop);
        var finished = Body(new WorkshopSnapshot(workshop.Frame, workshop.Progress with { Status = WorkshopStatus.Finished }, workshop.Contributions));

        // Position (0, 0, 2): the first segment, Search, the emotions question (the third lane).
        Assert.Contains("<th scope=\"col\" class=\"current\" aria-current=\"step\">1. Search", Block(running, "s0-head"), StringComparison.Ordinal);
        Assert.Contains("◀ now", Block(running, "s0-head"), StringComparison.Ordinal);
        Assert.StartsWith("<td id=\"b-s0-c0-2\" class=\"current\" aria-current=\"true\">", Block(running, "s0-c0-2"), StringComparison.Ordinal);
        Assert.Single(CurrentCell().Matches(running));
        Assert.DoesNotContain("current", Block(running, "s1-head"), StringComparison.Ordinal);
        Assert.Contains(Middot("<p class=\"now\">Now: Small shop owner · 1. Search · Emotions</p>"), running, StringComparison.Ordinal);

        Assert.DoesNotContain("aria-current", finished, StringComparison.Ordinal);
        Assert.Contains("<p class=\"now\">All questions asked</p>", finished, StringComparison.Ordinal);
    }

    [Fact]
    public void RussianWorkshop_SpeaksRussian_AndTheLinksLanguageWins()
    {
        var workshop = ExportSamples.Workshop(Language.Ru, anonymous: false);

        var russian = Body(workshop);
        var english = Body(workshop, Language.En);

        foreach (var words in new[] { "Карта пути клиента", "Сегмент: Владелец магазина", "Кривая эмоций", "ключевая боль", "Сейчас: Владелец магазина · 1. Поиск · Эмоции", "Линия", "мин -2 · сред -1,5 · макс -1" })
        {
            Assert.Contains(Middot(words), russian, StringComparison.Ordinal);
        }

        Assert.Contains("Customer journey map", english, StringComparison.Ordinal);
        Assert.Contains("Segment: Владелец магазина", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Кривая эмоций", english, StringComparison.Ordinal);
    }

    [Fact]
    public void ParticipantsText_IsEncoded_Everywhere()
    {
        const string evil = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        var frame = SampleWorkshops.Frame(Language.En) with { Title = evil, Segments = [new Segment("s1", evil, evil)], Stages = [evil, "Second"] };
        var contributions = new List<Contribution>
        {
            new()
            {
                Id = "c1", WorkshopId = frame.Id, Kind = ContributionKind.Answer, Author = new Participant("29:1x", evil), At = SampleWorkshops.Start,
                SegmentId = "s1", StageIndex = 0, Question = QuestionKey.Goal, Text = evil,
            },
            new()
            {
                Id = "i1", WorkshopId = frame.Id, Kind = ContributionKind.Insight, Author = new Participant("29:1x", evil), At = SampleWorkshops.Start,
                SegmentId = "s1", Text = evil,
            },
        };
        var rendering = MapPageRenderer.Render(new WorkshopSnapshot(frame, SampleWorkshops.Progress(Position.Start), contributions), Language.En);

        var page = MapPageDocument.Map(rendering, Assets, "/map/w/events?sig=x", SampleWorkshops.Start);

        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_HasNoInlineScriptOrStyle_AndCarriesTheStreamAndWordsInDataAttributes()
    {
        var rendering = MapPageRenderer.Render(ExportSamples.Workshop(Language.Ru, anonymous: false), Language.Ru);

        var page = MapPageDocument.Map(rendering, Assets, "/map/wsample000001/events?lang=ru&exp=1&sig=a", SampleWorkshops.Start);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ru\">", page, StringComparison.Ordinal);
        Assert.Single(ScriptTag().Matches(page));
        Assert.Contains("<script src=\"/map/assets/map.js?v=1\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" on", OnAttribute().Match(page).Value, StringComparison.Ordinal);
        Assert.Contains("data-stream=\"/map/wsample000001/events?lang=ru&amp;exp=1&amp;sig=a\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-version=\"{rendering.Version}\"", page, StringComparison.Ordinal);
        Assert.Contains("data-t-live=\"Обновляется вживую\"", page, StringComparison.Ordinal);
        Assert.Contains("data-t-seconds=\"обновлено {0} с назад\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_KeepsItsContentInLandmarks_AndNamesEachGridUnlikeItsSegmentHeading()
    {
        var page = MapPageDocument.Map(MapPageRenderer.Render(ExportSamples.Workshop(Language.En, anonymous: false), Language.En), Assets, "/map/w/events", SampleWorkshops.Start);
        var main = page.IndexOf("<main>", StringComparison.Ordinal);

        // Only the status bar (a <header>, the banner) comes before <main>: the title, product and goal are inside it.
        Assert.True(main > page.IndexOf("</header>", StringComparison.Ordinal));
        Assert.True(main < page.IndexOf("<div id=\"b-head\"", StringComparison.Ordinal));
        Assert.True(page.IndexOf("</main>", StringComparison.Ordinal) > page.IndexOf("id=\"b-decisions\"", StringComparison.Ordinal));
        var headings = SegmentHeading().Matches(page).Select(match => match.Groups[1].Value).ToList();
        var grids = GridName().Matches(page).Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(grids);
        Assert.Equal(headings.Count, grids.Count);
        Assert.Empty(grids.Intersect(headings, StringComparer.Ordinal));
        Assert.StartsWith("Stages and lanes: ", grids[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_IsTheSameEveryTime_AndANewAnswerChangesOnlyItsCellHeaderAndHead()
    {
        var workshop = ExportSamples.Workshop(Language.En, anonymous: false);
        var before = MapPageRenderer.Render(workshop, Language.En);
        var again = MapPageRenderer.Render(workshop, Language.En);
        var answer = new Contribution
        {
            Id = "c-new", WorkshopId = workshop.Frame.Id, Kind = ContributionKind.Answer, Author = new Participant("29:1new", "New Person"),
            At = SampleWorkshops.Start.AddHours(3), SegmentId = "s1", StageIndex = 1, Question = QuestionKey.Channels, Text = "Newsletters",
        };
        var after = MapPageRenderer.Render(new WorkshopSnapshot(workshop.Frame, workshop.Progress, [.. workshop.Contributions, answer]), Language.En);

        Assert.Equal(before.Version, again.Version);
        Assert.NotEqual(before.Version, after.Version);
        Assert.Equal(before.Structure, after.Structure);
        Assert.StartsWith(before.Structure + ".", after.Version, StringComparison.Ordinal);
        var changed = after.BlockHashes.Where(block => before.BlockHashes[block.Key] != block.Value).Select(block => block.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["head", "s0-c1-5", "s0-head"], changed);
        Assert.Contains("Newsletters", after.Blocks["s0-c1-5"], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBlock_IsOneElementWithItsId()
    {
        var rendering = MapPageRenderer.Render(VotingExportSamples.Workshop(Language.En, anonymous: false), Language.En);

        Assert.All(rendering.Blocks, block => Assert.Matches($"^<[a-z]+ id=\"b-{Regex.Escape(block.Key)}\"", block.Value));
        Assert.Equal(rendering.Blocks.Count, rendering.Parts.Count(part => part.BlockId is not null));
    }

    [Fact]
    public void SamplePage_IsWrittenForALookInTheBrowser()
    {
        var rendering = MapPageRenderer.Render(VotingExportSamples.Workshop(Language.Ru, anonymous: false), Language.Ru);
        var directory = Path.Combine(NodeTools.RepoRoot, ".test-artifacts", "map-page");
        Directory.CreateDirectory(directory);
        var page = MapPageDocument.Map(rendering, Assets, "/map/w/events", SampleWorkshops.Start);

        File.WriteAllText(Path.Combine(directory, "sample.ru.html"), page);

        Assert.True(rendering.BodyBytes() > 10_000);
    }

    /// <summary>The encoder writes the middle dot (U+00B7) as a character reference, as the printable export does.</summary>
    private static string Middot(string expected) => expected.Replace("·", "&#183;", StringComparison.Ordinal);

    private static string Block(string body, string id)
    {
        var start = body.IndexOf($" id=\"b-{id}\"", StringComparison.Ordinal);
        Assert.True(start > 0, $"No block {id}.");
        var open = body.LastIndexOf('<', start);
        var tag = body[(open + 1)..start];
        var end = body.IndexOf($"</{tag}>", start, StringComparison.Ordinal);
        return body[open..(end + tag.Length + 3)];
    }

    [GeneratedRegex(@"Answer #(\d+):")]
    private static partial Regex AnswerNumber();

    [GeneratedRegex("<td [^>]*aria-current=\"true\"")]
    private static partial Regex CurrentCell();

    [GeneratedRegex("<script")]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"<[^>]+\son[a-z]+=")]
    private static partial Regex OnAttribute();

    [GeneratedRegex("<h2 id=\"seg-\\d+-h\">([^<]*)</h2>")]
    private static partial Regex SegmentHeading();

    [GeneratedRegex("<div class=\"grid\" role=\"region\" tabindex=\"0\" aria-label=\"([^\"]*)\">")]
    private static partial Regex GridName();
}
