using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Questions;

namespace CjmBot.Cards.Screens;

/// <summary>
/// The journey map as it stands: per segment, one block per stage (in reading order for screen readers),
/// each lane with its answers, the stage's average emotion, and the insights. Long lanes show their first
/// answers and how many more there are; when even that is too big, fewer answers per lane are shown, so
/// the card always stays under Teams' message size limit.
/// </summary>
public static class MapCard
{
    public const int MaxAnswerLength = 160;

    /// <summary>Card budget in UTF-16 bytes (Teams' measure): under the 80 KB guidance with room for the activity around it.</summary>
    public const int MaxCardBytes = 76 * 1024;

    private static readonly int[] AnswersPerLaneSteps = [3, 2, 1, 0];

    public static JsonObject Create(WorkshopSnapshot workshop)
    {
        JsonObject? card = null;
        foreach (var answersPerLane in AnswersPerLaneSteps)
        {
            card = Create(workshop, answersPerLane);
            if (Utf16Bytes(card) <= MaxCardBytes)
            {
                return card;
            }
        }

        return card!;
    }

    public static int Utf16Bytes(JsonObject card) => card.ToJsonString(Serialization.CardJson.Options).Length * 2;

    private static JsonObject Create(WorkshopSnapshot workshop, int answersPerLane)
    {
        var frame = workshop.Frame;
        var text = WorkshopText.For(frame.Language);
        var body = new List<CardElement>
        {
            new TextBlock(text.MapHeading + (frame.Version > 1 ? " · v" + frame.Version.ToString(CultureInfo.InvariantCulture) : ""))
            {
                Heading = true, Size = TextSize.Large, Bold = true,
            },
            new RichText(new TextRun(frame.Title) { Bold = true }, new TextRun(" · " + text.MapTypeName(frame.MapType)) { Subtle = true }),
        };

        foreach (var (segment, segmentIndex) in frame.Segments.Select((segment, i) => (segment, i)))
        {
            body.Add(new RichText(new TextRun(text.MapSegment(segment.Name)) { Bold = true }) { Separator = true, Spacing = Spacing.Large });
            for (var stage = 0; stage < frame.Stages.Count; stage++)
            {
                body.Add(StageBlock(workshop, text, segment.Id, segmentIndex, stage, answersPerLane));
            }
        }

        var insights = workshop.Insights;
        if (insights.Count > 0)
        {
            body.Add(new TextBlock(text.InsightsHeading) { Bold = true, Separator = true });
            var shown = answersPerLane * 3;
            body.AddRange(insights.Take(shown).Select(insight => Item(insight.Text, insight.Author.Name, frame.Anonymous, text)));
            if (insights.Count > shown)
            {
                body.Add(new TextBlock(text.MoreItems(insights.Count - shown)) { Subtle = true, Size = TextSize.Small });
            }
        }

        return new AdaptiveCard(body) { FallbackText = text.MapHeading, Lang = frame.Language.Code(), Speak = text.MapHeading, FullWidth = true }.ToJson();
    }

    private static Container StageBlock(WorkshopSnapshot workshop, WorkshopText text, string segmentId, int segmentIndex, int stage, int answersPerLane)
    {
        var frame = workshop.Frame;
        var answers = workshop.Answers.Where(answer => answer.SegmentId == segmentId && answer.StageIndex == stage).ToList();
        var scores = answers.Where(answer => answer.Score is not null).Select(answer => answer.Score!.Value).ToList();
        var isCurrent = workshop.Progress.Position.Segment == segmentIndex && workshop.Progress.Position.Stage == stage
            && workshop.Progress.Status != Workshops.Progress.WorkshopStatus.Finished;

        var header = new List<TextRun> { new($"{stage + 1}. {frame.Stages[stage]}") { Bold = true } };
        if (scores.Count > 0)
        {
            header.Add(new TextRun(" · " + text.EmotionAverage(WorkshopTexts.Score(scores.Average(), frame.Language))) { Subtle = true });
        }

        if (isCurrent)
        {
            header.Add(new TextRun(" " + text.CurrentMarker) { Color = TextColor.Accent, Bold = true });
        }

        var items = new List<CardElement> { new RichText(header) };
        var empty = new List<string>();
        foreach (var question in frame.Questions)
        {
            var laneName = QuestionCatalog.Text(question, frame.Language).Lane;
            var lane = answers.Where(answer => answer.Question == question).ToList();
            if (lane.Count == 0)
            {
                empty.Add(laneName);
                continue;
            }

            items.Add(new TextBlock($"{laneName} ({lane.Count})") { Bold = true, Size = TextSize.Small, Spacing = Spacing.Small });
            items.AddRange(lane.Take(answersPerLane).Select(answer => Item(
                (answer.Score is { } score ? WorkshopTexts.Score(score) + " " : "") + answer.Text,
                answer.Author.Name, frame.Anonymous, text)));
            if (lane.Count > answersPerLane)
            {
                items.Add(new TextBlock(text.MoreItems(lane.Count - answersPerLane)) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            }
        }

        if (empty.Count > 0)
        {
            items.Add(new TextBlock(text.NoAnswersYet + ": " + string.Join(", ", empty)) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        }

        return new Container(items) { Style = stage % 2 == 0 ? ContainerStyle.Emphasis : ContainerStyle.Default, Separator = true };
    }

    private static RichText Item(string answer, string author, bool anonymous, WorkshopText text) =>
        new(
            new TextRun("• " + ParticipantText.Truncate(answer, MaxAnswerLength)),
            new TextRun(" — " + (anonymous ? text.Anonymous : author)) { Subtle = true })
        {
            Spacing = Spacing.None,
        };
}
