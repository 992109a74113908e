using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Workshops;
using CjmBot.Workshops.Questions;

namespace CjmBot.Cards.Screens;

/// <summary>
/// The journey map as it stands. Per segment: the emotion curve (the spread of scores per stage as text, one
/// line per stage, plus a Teams line chart of the averages with that text as its fallback) with the key pain
/// marked, then one block per stage in reading order, each lane with its first answers and the rest behind a
/// "Show all" toggle. When the card would pass Teams' size limit, fewer answers per lane are shown and hidden,
/// and what is left out is counted ("+N more"), so the card always stays under the limit.
/// </summary>
public static class MapCard
{
    public const int MaxAnswerLength = 160;

    /// <summary>Card budget in UTF-16 bytes (Teams' measure): under the 80 KB guidance with room for the activity around it.</summary>
    public const int MaxCardBytes = 76 * 1024;

    /// <summary>
    /// Answers shown per lane, and answers behind its "Show all" toggle (hidden ones cost bytes too). Ordered so that
    /// each card is no larger than the one before, which lets <see cref="Create(WorkshopSnapshot)"/> search it by halves.
    /// </summary>
    private static readonly LaneBudget[] Budgets =
    [
        new(3, 37), new(3, 17), new(3, 7), new(3, 3), new(2, 2), new(3, 0), new(2, 0), new(1, 0), new(0, 0),
    ];

    public static JsonObject Create(WorkshopSnapshot workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var curves = workshop.Frame.Segments.Select(segment => EmotionCurve.For(workshop, segment.Id)).ToList();

        // The richest budget that fits, found by halves: a big workshop costs three or four builds instead of eight.
        JsonObject? best = null;
        JsonObject? smallest = null;
        var (low, high) = (0, Budgets.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var card = Create(workshop, curves, Budgets[middle]);
            if (middle == Budgets.Length - 1)
            {
                smallest = card;
            }

            if (Utf16Bytes(card) <= MaxCardBytes)
            {
                best = card;
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }

        return best ?? smallest!;
    }

    public static int Utf16Bytes(JsonObject card) => card.ToJsonString(Serialization.CardJson.Options).Length * 2;

    private static JsonObject Create(WorkshopSnapshot workshop, List<EmotionCurve> curves, LaneBudget budget)
    {
        var frame = workshop.Frame;
        var text = WorkshopText.For(frame.Language);
        var builder = new Builder(workshop, text, budget);
        var body = new List<CardElement>
        {
            new TextBlock(text.MapHeading + (frame.Version > 1 ? " · v" + frame.Version.ToString(CultureInfo.InvariantCulture) : ""))
            {
                Heading = true, Size = TextSize.Large, Bold = true,
            },
            new RichText(new TextRun(frame.Title) { Bold = true }, new TextRun(" · " + text.MapTypeName(frame.MapType)) { Subtle = true }),
        };

        for (var segmentIndex = 0; segmentIndex < frame.Segments.Count; segmentIndex++)
        {
            var segment = frame.Segments[segmentIndex];
            body.Add(new RichText(new TextRun(text.MapSegment(segment.Name)) { Bold = true }) { Separator = true, Spacing = Spacing.Large });
            body.AddRange(builder.EmotionSection(curves[segmentIndex]));
            for (var stage = 0; stage < frame.Stages.Count; stage++)
            {
                body.Add(builder.StageBlock(segment.Id, segmentIndex, stage, curves[segmentIndex]));
            }
        }

        var insights = workshop.Insights;
        if (insights.Count > 0)
        {
            body.Add(new TextBlock(text.InsightsHeading) { Bold = true, Separator = true });
            body.AddRange(builder.Collapsed(
                "insights",
                insights.Count,
                new LaneBudget(budget.Shown * 3, budget.Hidden * 3),
                (skip, take) => insights.Skip(skip).Take(take).Select(insight => builder.Item(insight.Text, insight.Author.Name))));
        }

        if (builder.Shortened)
        {
            body.Add(new TextBlock(text.MapShortened) { Subtle = true, Size = TextSize.Small, Separator = true });
        }

        return new AdaptiveCard(body) { FallbackText = text.MapHeading, Lang = frame.Language.Code(), Speak = text.MapHeading, FullWidth = true }.ToJson();
    }

    /// <summary>How many items a list shows, and how many more it keeps behind its toggle.</summary>
    private readonly record struct LaneBudget(int Shown, int Hidden);

    /// <summary>Builds one card at one budget; remembers whether anything had to be left out.</summary>
    private sealed class Builder(WorkshopSnapshot workshop, WorkshopText text, LaneBudget budget)
    {
        public bool Shortened { get; private set; }

        public IEnumerable<CardElement> EmotionSection(EmotionCurve curve)
        {
            if (!curve.HasScores)
            {
                yield break;
            }

            var frame = workshop.Frame;
            yield return new TextBlock(text.EmotionCurveHeading) { Bold = true, Spacing = Spacing.Medium };
            var scored = curve.Stages.Where(stage => stage.HasScores).ToList();
            if (scored.Count >= 2)
            {
                var points = scored.Select(stage => new ChartPoint(StageName(stage.StageIndex), Math.Round(stage.Average, 2))).ToList();
                var averages = new List<TextRun> { new(text.AverageEmotionLegend + ": ") { Subtle = true } };
                averages.AddRange(scored.Select((stage, i) => new TextRun(
                    (i > 0 ? " → " : "") + StageName(stage.StageIndex) + " " + WorkshopTexts.Score(stage.Average, frame.Language))));
                yield return new LineChart([new ChartSeries(text.AverageEmotionLegend, points)], new RichText(averages))
                {
                    Title = text.EmotionCurveHeading, XAxisTitle = text.StageAxis, YAxisTitle = text.ScoreAxis,
                };
            }

            foreach (var stage in curve.Stages)
            {
                var runs = new List<TextRun> { new(StageName(stage.StageIndex) + ": ") { Bold = curve.KeyPainStages.Contains(stage.StageIndex) } };
                runs.Add(stage.HasScores
                    ? new TextRun(text.EmotionSpread(
                        WorkshopTexts.Score(stage.Min), WorkshopTexts.Score(stage.Average, frame.Language), WorkshopTexts.Score(stage.Max), stage.Count))
                    : new TextRun(text.NoScoresYet) { Subtle = true });
                if (curve.KeyPainStages.Contains(stage.StageIndex))
                {
                    runs.Add(new TextRun(" · " + text.KeyPain) { Color = TextColor.Attention, Bold = true });
                }

                yield return new RichText(runs) { Spacing = Spacing.None };
            }
        }

        public Container StageBlock(string segmentId, int segmentIndex, int stage, EmotionCurve curve)
        {
            var frame = workshop.Frame;
            var answers = workshop.Answers.Where(answer => answer.SegmentId == segmentId && answer.StageIndex == stage).ToList();
            var emotion = curve.Stages[stage];
            var isCurrent = workshop.Progress.Position.Segment == segmentIndex && workshop.Progress.Position.Stage == stage
                && workshop.Progress.Status != Workshops.Progress.WorkshopStatus.Finished;

            var header = new List<TextRun> { new(StageName(stage)) { Bold = true } };
            if (emotion.HasScores)
            {
                header.Add(new TextRun(" · " + text.EmotionAverage(WorkshopTexts.Score(emotion.Average, frame.Language))) { Subtle = true });
            }

            if (isCurrent)
            {
                header.Add(new TextRun(" " + text.CurrentMarker) { Color = TextColor.Accent, Bold = true });
            }

            if (curve.KeyPainStages.Contains(stage))
            {
                header.Add(new TextRun(" · " + text.KeyPain) { Color = TextColor.Attention, Bold = true });
            }

            var items = new List<CardElement> { new RichText(header) };
            var empty = new List<string>();
            for (var questionIndex = 0; questionIndex < frame.Questions.Count; questionIndex++)
            {
                var question = frame.Questions[questionIndex];
                var laneName = QuestionCatalog.Text(question, frame.Language).Lane;
                var lane = answers.Where(answer => answer.Question == question).ToList();
                if (lane.Count == 0)
                {
                    empty.Add(laneName);
                    continue;
                }

                items.Add(new TextBlock($"{laneName} ({lane.Count})") { Bold = true, Size = TextSize.Small, Spacing = Spacing.Small });
                items.AddRange(Collapsed(
                    $"lane-{segmentIndex}-{stage}-{questionIndex}",
                    lane.Count,
                    budget,
                    (skip, take) => lane.Skip(skip).Take(take).Select(answer => Item(
                        (answer.Score is { } score ? WorkshopTexts.Score(score) + " " : "") + answer.Text, answer.Author.Name,
                        workshop.Votes.VotesFor(answer.Id)))));
            }

            if (empty.Count > 0)
            {
                items.Add(new TextBlock(text.NoAnswersYet + ": " + string.Join(", ", empty)) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
            }

            return new Container(items) { Style = stage % 2 == 0 ? ContainerStyle.Emphasis : ContainerStyle.Default, Separator = true };
        }

        /// <summary>
        /// The first items of a list, then a toggle and a hidden container with the next ones (in reading order:
        /// the button comes right before what it reveals), then "+N more" for whatever did not fit at all.
        /// </summary>
        public IEnumerable<CardElement> Collapsed(string id, int count, LaneBudget limit, Func<int, int, IEnumerable<CardElement>> items)
        {
            foreach (var item in items(0, limit.Shown))
            {
                yield return item;
            }

            var hidden = Math.Min(limit.Hidden, Math.Max(0, count - limit.Shown));
            var cut = count - limit.Shown - hidden;
            if (hidden > 0)
            {
                var revealed = items(limit.Shown, hidden).ToList();
                if (cut > 0)
                {
                    revealed.Add(More(cut));
                }

                var title = cut > 0 ? text.ShowMore(hidden) : text.ShowAll(count);
                yield return new ActionSet(new ToggleVisibilityAction(title, [id])) { Spacing = Spacing.None };
                yield return new Container(revealed) { Id = id, IsVisible = false, Spacing = Spacing.None };
            }
            else if (cut > 0)
            {
                yield return More(cut);
            }
        }

        public RichText Item(string answer, string author, int votes = 0) =>
            new(
            [
                new TextRun("• " + ParticipantText.Truncate(answer, MaxAnswerLength)),
                new TextRun(" — " + (workshop.Frame.Anonymous ? text.Anonymous : author)) { Subtle = true },
                .. votes > 0 ? [new TextRun(" " + VotingText.For(workshop.Frame.Language).Votes(votes)) { Color = TextColor.Accent }] : Array.Empty<TextRun>(),
            ])
            {
                Spacing = Spacing.None,
            };

        private TextBlock More(int count)
        {
            Shortened = true;
            return new TextBlock(text.MoreItems(count)) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.None };
        }

        private string StageName(int stage) => $"{stage + 1}. {workshop.Frame.Stages[stage]}";
    }
}
