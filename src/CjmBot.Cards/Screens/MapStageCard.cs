using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Serialization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Questions;

namespace CjmBot.Cards.Screens;

/// <summary>
/// The map's full view: every answer of one stage of a segment (or of one lane of it), in full, for what the map card had
/// to leave out. Posted as a card of its own when someone clicks "All answers of this stage". A card holds as many answers
/// as fit in <see cref="MapCard.MaxCardBytes"/>; the rest are on further pages, each behind a "Next page" button.
/// </summary>
public static class MapStageCard
{
    /// <summary>Room kept on every page for what is not an answer: headings, the page line and the button.</summary>
    private const int ShellChars = 4096;

    /// <summary>Page <paramref name="view"/>.Page of the view (the last page when it asks for one past the end).</summary>
    public static JsonObject Create(WorkshopSnapshot workshop, MapLaneSubmit view)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(view);
        var frame = workshop.Frame;
        var text = WorkshopText.For(frame.Language);
        var viewText = MapViewText.For(frame.Language);
        var segment = frame.FindSegment(view.SegmentId) ?? throw new ArgumentException("The workshop has no such segment.", nameof(view));
        if (view.Stage < 0 || view.Stage >= frame.Stages.Count)
        {
            throw new ArgumentException("The workshop has no such stage.", nameof(view));
        }

        IReadOnlyList<QuestionKey> questions = view.Question is { } only ? [only] : frame.Questions;
        var lanes = questions
            .Select(question => (Question: question, Answers: workshop.Answers
                .Where(answer => answer.SegmentId == segment.Id && answer.StageIndex == view.Stage && answer.Question == question)
                .ToList()))
            .Where(lane => lane.Answers.Count > 0)
            .ToList();

        var items = lanes.SelectMany((lane, laneIndex) => lane.Answers.Select(answer => (Lane: laneIndex, Node: Item(answer, frame.Anonymous, text))))
            .ToList();
        var pages = Pages(items.Select(item => (item.Lane, CardJson.Chars(item.Node))).ToList(), lanes.Count);
        var page = Math.Clamp(view.Page, 0, pages.Count - 1);

        var stageName = $"{view.Stage + 1}. {frame.Stages[view.Stage]}";
        var heading = view.Question is { } question
            ? viewText.LaneHeading(stageName, segment.Name, QuestionCatalog.Text(question, frame.Language).Lane)
            : viewText.StageHeading(stageName, segment.Name);
        var body = new List<CardElement>
        {
            new RichText(new TextRun(heading) { Bold = true }),
            new RichText(new TextRun(frame.Title) { Subtle = true }) { Spacing = Spacing.None },
        };
        if (pages.Count > 1)
        {
            body.Add(new TextBlock(viewText.PageOf(page + 1, pages.Count)) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        var card = new AdaptiveCard(body) { FallbackText = heading, Lang = frame.Language.Code(), Speak = heading, FullWidth = true }.ToJson();
        var bodyJson = card["body"]!.AsArray();
        if (items.Count == 0)
        {
            bodyJson.Add(new TextBlock(text.NoAnswersYet) { Subtle = true }.ToJson());
        }

        var (from, to) = pages[page];
        var lastLane = -1;
        for (var i = from; i < to; i++)
        {
            var (laneIndex, node) = items[i];
            if (laneIndex != lastLane)
            {
                bodyJson.Add(LaneHeading(lanes[laneIndex].Question, lanes[laneIndex].Answers.Count, frame.Language));
                lastLane = laneIndex;
            }

            bodyJson.Add(node);
        }

        if (page + 1 < pages.Count)
        {
            bodyJson.Add(new ActionSet(new ExecuteAction(viewText.NextPage(page + 2, pages.Count), view with { Page = page + 1 })).ToJson());
        }

        return card;
    }

    /// <summary>Answers split into pages, in order: each page takes answers (and the headings of the lanes they open) while they fit.</summary>
    private static List<(int From, int To)> Pages(List<(int Lane, int Chars)> items, int laneCount)
    {
        var limit = (MapCard.MaxCardBytes / 2) - ShellChars;
        var pages = new List<(int From, int To)>();
        var (start, chars, lastLane) = (0, 0, -1);
        for (var i = 0; i < items.Count; i++)
        {
            // A lane heading is a few dozen characters: counted generously rather than built twice.
            var cost = items[i].Chars + 1 + (items[i].Lane != lastLane ? 256 : 0);
            if (i > start && chars + cost > limit)
            {
                pages.Add((start, i));
                (start, chars) = (i, 256 + items[i].Chars + 1);
            }
            else
            {
                chars += cost;
            }

            lastLane = items[i].Lane;
        }

        pages.Add((start, items.Count));
        return laneCount == 0 ? [(0, 0)] : pages;
    }

    private static JsonObject LaneHeading(QuestionKey question, int count, Language language) =>
        new TextBlock($"{QuestionCatalog.Text(question, language).Lane} ({count})") { Bold = true, Size = TextSize.Small, Spacing = Spacing.Medium }.ToJson();

    /// <summary>An answer in full (the map shortens them), with its score and author.</summary>
    private static JsonObject Item(Answer answer, bool anonymous, WorkshopText text) =>
        new RichText(
            new TextRun("• " + (answer.Score is { } score ? WorkshopTexts.Score(score) + " " : "") + answer.Text),
            new TextRun(" — " + (anonymous ? text.Anonymous : answer.Author.Name)) { Subtle = true })
        {
            Spacing = Spacing.None,
        }.ToJson();
}
