using System.Globalization;
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
/// The journey map as it stands. Per segment: the emotion curve (the spread of scores per stage as text, one
/// line per stage, plus a Teams line chart of the averages with that text as its fallback) with the key pain
/// marked, then one block per stage in reading order, each lane with its first answers and the rest behind a
/// "Show all" toggle. When the card would pass Teams' size limit, fewer answers per lane are shown and hidden,
/// and what is left out is counted ("+N more"), so the card always stays under the limit. With a link to the live map
/// page, the card opens with an "Open full map" button to the whole journey in the browser.
/// </summary>
public static class MapCard
{
    public const int MaxAnswerLength = 160;

    /// <summary>Card budget in UTF-16 bytes (Teams' measure): under the 80 KB guidance with room for the activity around it.</summary>
    public const int MaxCardBytes = 76 * 1024;

    /// <summary>Accepted themes named per lane on the map; the rest are counted.</summary>
    public const int MaxThemesShown = 8;

    /// <summary>
    /// Answers shown per lane, and answers behind its "Show all" toggle (hidden ones cost bytes too). Ordered so that
    /// each card is no larger than the one before, which lets <see cref="Create(WorkshopSnapshot)"/> search it by halves.
    /// </summary>
    private static readonly LaneBudget[] Budgets =
    [
        new(3, 37), new(3, 17), new(3, 7), new(3, 3), new(2, 2), new(3, 0), new(2, 0), new(1, 0), new(0, 0),
    ];

    /// <param name="fullMap">The live map page (signed link), offered as "Open full map" under the title; none when null.</param>
    public static JsonObject Create(WorkshopSnapshot workshop, Uri? fullMap = null)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var draft = new MapDraft(workshop, fullMap);

        // The richest budget that fits, found by halves. Each budget's size is added up from parts measured once,
        // so the card's JSON is built once, whatever the number of budgets tried.
        var chosen = Budgets.Length - 1;
        var (low, high) = (0, Budgets.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (draft.Utf16Bytes(Budgets[middle]) <= MaxCardBytes)
            {
                chosen = middle;
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }

        return draft.Complete(Budgets[chosen]);
    }

    public static int Utf16Bytes(JsonObject card) => card.ToJsonString(CardJson.Options).Length * 2;

    /// <summary>
    /// The map at one budget, as it would be built: <see cref="MapDraft.Utf16Bytes"/> must equal <see cref="Utf16Bytes(JsonObject)"/>
    /// of the card <see cref="MapDraft.Complete"/> returns. For tests, which check that the sum never drifts from the card.
    /// </summary>
    internal static (int Predicted, JsonObject Card) CreateAt(WorkshopSnapshot workshop, int budgetIndex, Uri? fullMap = null)
    {
        var draft = new MapDraft(workshop, fullMap);
        var predicted = draft.Utf16Bytes(Budgets[budgetIndex]);
        return (predicted, draft.Complete(Budgets[budgetIndex]));
    }

    internal static int BudgetCount => Budgets.Length;

    private static int Chars(JsonNode node) => CardJson.Chars(node);

    /// <summary>How many items a list shows, and how many more it keeps behind its toggle.</summary>
    private readonly record struct LaneBudget(int Shown, int Hidden);

    /// <summary>What a list of <paramref name="Count"/> items shows at a budget: visible, behind the toggle, and left out ("+N more").</summary>
    private readonly record struct LaneCut(int Count, int Shown, int Hidden, int Left)
    {
        public static LaneCut Of(int count, LaneBudget limit)
        {
            var hidden = Math.Min(limit.Hidden, Math.Max(0, count - limit.Shown));
            return new LaneCut(count, Math.Min(limit.Shown, count), hidden, Math.Max(0, count - limit.Shown - hidden));
        }
    }

    /// <summary>
    /// A list whose items depend on the budget: a lane of answers, or the insights. Its items are built (and measured)
    /// once each, on first use, and reused by every budget tried.
    /// </summary>
    private sealed class LaneSlot(string id, int count, Func<int, RichText> item, Func<LaneBudget, LaneBudget> scale)
    {
        private readonly JsonObject?[] _nodes = new JsonObject?[count];
        private readonly int[] _chars = new int[count];

        public string Id => id;

        public int Count => count;

        /// <summary>Where its elements go: right after the lane heading in this array.</summary>
        public JsonArray? Target { get; set; }

        public int Index { get; set; }

        public LaneCut Cut(LaneBudget budget) => LaneCut.Of(count, scale(budget));

        public int ItemChars(int index)
        {
            if (_chars[index] == 0)
            {
                _chars[index] = Chars(Node(index));
            }

            return _chars[index];
        }

        public JsonObject Node(int index) => _nodes[index] ??= item(index).ToJson();
    }

    /// <summary>
    /// A stage block's lanes, and its "all answers" button, which it shows when any of its lanes leaves answers out.
    /// </summary>
    private sealed class StageSlot(IReadOnlyList<LaneSlot> lanes, Func<JsonObject> button)
    {
        private int _buttonChars;

        public IReadOnlyList<LaneSlot> Lanes => lanes;

        public JsonArray? Items { get; set; }

        public int ButtonChars => _buttonChars == 0 ? _buttonChars = Chars(button()) : _buttonChars;

        public JsonObject Button() => button();
    }

    /// <summary>
    /// The map without its budget-dependent parts: the card's JSON with every lane heading in place and each lane's
    /// items left out, measured once. A budget's size is that plus the size of what each lane adds at that budget
    /// (compact JSON: an element added to a non-empty array costs its own length and one comma).
    /// </summary>
    private sealed class MapDraft
    {
        private readonly WorkshopSnapshot _workshop;
        private readonly WorkshopText _text;
        private readonly JsonObject _card;
        private readonly List<StageSlot> _stages = [];
        private readonly LaneSlot? _insights;
        private readonly int _baseChars;
        private readonly Dictionary<string, int> _toggleChars = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> _moreChars = [];
        private readonly int _hiddenShellChars;
        private readonly int _noteChars;
        private bool _completed;

        public MapDraft(WorkshopSnapshot workshop, Uri? fullMap)
        {
            _workshop = workshop;
            var frame = workshop.Frame;
            _text = WorkshopText.For(frame.Language);
            var lanes = Lanes(workshop);
            var curves = frame.Segments.Select(segment => EmotionCurve.For(workshop, segment.Id)).ToList();

            var body = new List<CardElement>
            {
                new TextBlock(_text.MapHeading + (frame.Version > 1 ? " · v" + frame.Version.ToString(CultureInfo.InvariantCulture) : ""))
                {
                    Heading = true, Size = TextSize.Large, Bold = true,
                },
                new RichText(new TextRun(frame.Title) { Bold = true }, new TextRun(" · " + _text.MapTypeName(frame.MapType)) { Subtle = true }),
            };
            if (workshop.HiddenTotal is > 0 and var hidden)
            {
                // Only how many: the answers themselves are not in the snapshot's Answers until the reveal.
                body.Add(new TextBlock(BlindText.For(frame.Language).MapHidden(hidden)) { Color = TextColor.Warning, Spacing = Spacing.Small });
            }

            if (fullMap is not null)
            {
                // At the top: a big workshop's card is long, and the page shows everything the card leaves out.
                body.Add(new ActionSet(new OpenUrlAction(MapViewText.For(frame.Language).OpenFullMap, fullMap)) { Spacing = Spacing.Small });
            }

            // Lane slots in the order their elements appear; their arrays are found once the card's JSON exists.
            var stageSlots = new List<(int BodyIndex, StageSlot Stage, List<int> ItemIndexes)>();
            for (var segmentIndex = 0; segmentIndex < frame.Segments.Count; segmentIndex++)
            {
                var segment = frame.Segments[segmentIndex];
                body.Add(new RichText(new TextRun(_text.MapSegment(segment.Name)) { Bold = true }) { Separator = true, Spacing = Spacing.Large });
                body.AddRange(EmotionSection(curves[segmentIndex]));
                body.AddRange(ThemeLines(workshop, segment.Id));
                for (var stage = 0; stage < frame.Stages.Count; stage++)
                {
                    var (block, slot, itemIndexes) = StageBlock(segmentIndex, stage, curves[segmentIndex], lanes[segmentIndex][stage]);
                    body.Add(block);
                    stageSlots.Add((body.Count - 1, slot, itemIndexes));
                }
            }

            var insights = workshop.Insights;
            if (insights.Count > 0)
            {
                body.Add(new TextBlock(_text.InsightsHeading) { Bold = true, Separator = true });
                _insights = new LaneSlot(
                    "insights",
                    insights.Count,
                    index => Item(insights[index].Text, insights[index].Author.Name),
                    budget => new LaneBudget(budget.Shown * 3, budget.Hidden * 3));
            }

            _card = new AdaptiveCard(body) { FallbackText = _text.MapHeading, Lang = frame.Language.Code(), Speak = _text.MapHeading, FullWidth = true }.ToJson();
            var bodyJson = _card["body"]!.AsArray();
            foreach (var (bodyIndex, stage, itemIndexes) in stageSlots)
            {
                stage.Items = bodyJson[bodyIndex]!["items"]!.AsArray();
                for (var i = 0; i < itemIndexes.Count; i++)
                {
                    (stage.Lanes[i].Target, stage.Lanes[i].Index) = (stage.Items, itemIndexes[i] + 1);
                }

                _stages.Add(stage);
            }

            if (_insights is not null)
            {
                (_insights.Target, _insights.Index) = (bodyJson, bodyJson.Count);
            }

            _baseChars = Chars(_card);
            _hiddenShellChars = Chars(HiddenContainer(""));
            _noteChars = Chars(Note());
        }

        /// <summary>The card's size at <paramref name="budget"/>, in UTF-16 bytes, without building it.</summary>
        public int Utf16Bytes(LaneBudget budget)
        {
            var chars = _baseChars;
            var shortened = false;
            foreach (var stage in _stages)
            {
                var leftOut = false;
                foreach (var lane in stage.Lanes)
                {
                    chars += LaneChars(lane, budget, out var left);
                    leftOut |= left;
                }

                if (leftOut)
                {
                    chars += stage.ButtonChars + 1;
                }

                shortened |= leftOut;
            }

            if (_insights is not null)
            {
                chars += LaneChars(_insights, budget, out var left);
                shortened |= left;
            }

            return (shortened ? chars + _noteChars + 1 : chars) * 2;
        }

        /// <summary>Puts every lane's elements for <paramref name="budget"/> into the card and returns it. Once per draft.</summary>
        public JsonObject Complete(LaneBudget budget)
        {
            if (_completed)
            {
                throw new InvalidOperationException("A map draft is completed once.");
            }

            _completed = true;
            var shortened = false;
            foreach (var stage in _stages)
            {
                var leftOut = false;

                // Last lane first: inserting into the array leaves the positions of the lanes before it as they were.
                for (var i = stage.Lanes.Count - 1; i >= 0; i--)
                {
                    leftOut |= Insert(stage.Lanes[i], budget);
                }

                if (leftOut)
                {
                    stage.Items!.Add(stage.Button());
                }

                shortened |= leftOut;
            }

            if (_insights is not null)
            {
                shortened |= Insert(_insights, budget);
            }

            if (shortened)
            {
                _card["body"]!.AsArray().Add(Note());
            }

            return _card;
        }

        /// <summary>What a lane adds to the card at <paramref name="budget"/>: its elements, each with its comma.</summary>
        private int LaneChars(LaneSlot slot, LaneBudget budget, out bool leftOut)
        {
            var cut = slot.Cut(budget);
            var chars = 0;
            for (var i = 0; i < cut.Shown; i++)
            {
                chars += slot.ItemChars(i) + 1;
            }

            if (cut.Hidden > 0)
            {
                chars += ToggleChars(ToggleTitle(cut)) + slot.Id.Length + 1;

                // The hidden container: its shell, its items and the commas between them, and its own comma.
                chars += _hiddenShellChars + slot.Id.Length + 1;
                for (var i = cut.Shown; i < cut.Shown + cut.Hidden; i++)
                {
                    chars += slot.ItemChars(i) + 1;
                }

                chars += cut.Left > 0 ? MoreChars(cut.Left) : -1;
            }
            else if (cut.Left > 0)
            {
                chars += MoreChars(cut.Left) + 1;
            }

            leftOut = cut.Left > 0;
            return chars;
        }

        /// <summary>Inserts a lane's elements after its heading; true when it leaves answers out.</summary>
        private bool Insert(LaneSlot slot, LaneBudget budget)
        {
            var cut = slot.Cut(budget);
            var elements = new List<JsonNode>();
            for (var i = 0; i < cut.Shown; i++)
            {
                elements.Add(slot.Node(i));
            }

            if (cut.Hidden > 0)
            {
                // In reading order: the button comes right before what it reveals.
                elements.Add(Toggle(ToggleTitle(cut), slot.Id));
                var hidden = HiddenContainer(slot.Id);
                var revealed = hidden["items"]!.AsArray();
                for (var i = cut.Shown; i < cut.Shown + cut.Hidden; i++)
                {
                    revealed.Add(slot.Node(i));
                }

                if (cut.Left > 0)
                {
                    revealed.Add(More(cut.Left));
                }

                elements.Add(hidden);
            }
            else if (cut.Left > 0)
            {
                elements.Add(More(cut.Left));
            }

            for (var i = 0; i < elements.Count; i++)
            {
                slot.Target!.Insert(slot.Index + i, elements[i]);
            }

            return cut.Left > 0;
        }

        private string ToggleTitle(LaneCut cut) => cut.Left > 0 ? _text.ShowMore(cut.Hidden) : _text.ShowAll(cut.Count);

        private int ToggleChars(string title)
        {
            if (!_toggleChars.TryGetValue(title, out var chars))
            {
                chars = Chars(Toggle(title, ""));
                _toggleChars[title] = chars;
            }

            return chars;
        }

        private int MoreChars(int count)
        {
            if (!_moreChars.TryGetValue(count, out var chars))
            {
                chars = Chars(More(count));
                _moreChars[count] = chars;
            }

            return chars;
        }

        private static JsonObject Toggle(string title, string id) =>
            new ActionSet(new ToggleVisibilityAction(title, [id])) { Spacing = Spacing.None }.ToJson();

        private static JsonObject HiddenContainer(string id) => new Container([]) { Id = id, IsVisible = false, Spacing = Spacing.None }.ToJson();

        private JsonObject More(int count) =>
            new TextBlock(_text.MoreItems(count)) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.None }.ToJson();

        private JsonObject Note() => new TextBlock(_text.MapShortened) { Subtle = true, Size = TextSize.Small, Separator = true }.ToJson();

        /// <summary>The answers of each segment, stage and lane, in one pass (in the order they were given).</summary>
        private static List<Answer>[][][] Lanes(WorkshopSnapshot workshop)
        {
            var frame = workshop.Frame;
            var questions = frame.Questions;
            var lanes = new List<Answer>[frame.Segments.Count][][];
            var segments = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var segment = 0; segment < lanes.Length; segment++)
            {
                segments.TryAdd(frame.Segments[segment].Id, segment);
                lanes[segment] = new List<Answer>[frame.Stages.Count][];
                for (var stage = 0; stage < frame.Stages.Count; stage++)
                {
                    lanes[segment][stage] = new List<Answer>[questions.Count];
                    for (var question = 0; question < questions.Count; question++)
                    {
                        lanes[segment][stage][question] = [];
                    }
                }
            }

            foreach (var answer in workshop.Answers)
            {
                if (segments.TryGetValue(answer.SegmentId, out var segment) && answer.StageIndex >= 0 && answer.StageIndex < frame.Stages.Count
                    && IndexOf(questions, answer.Question) is var question and >= 0)
                {
                    lanes[segment][answer.StageIndex][question].Add(answer);
                }
            }

            return lanes;
        }

        private static int IndexOf(IReadOnlyList<QuestionKey> questions, QuestionKey question)
        {
            for (var i = 0; i < questions.Count; i++)
            {
                if (questions[i] == question)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>One line per lane with accepted themes: each theme's label and how many answers it holds, largest first.</summary>
        private static IEnumerable<CardElement> ThemeLines(WorkshopSnapshot workshop, string segmentId)
        {
            if (workshop.ThemeRecords.Count == 0)
            {
                yield break;
            }

            var text = ThemeText.For(workshop.Frame.Language);
            foreach (var lane in workshop.Frame.Questions)
            {
                var themes = workshop.Themes.Accepted(segmentId, lane).OrderByDescending(theme => theme.Count).ToList();
                if (themes.Count == 0)
                {
                    continue;
                }

                var shown = string.Join(" · ", themes.Take(MaxThemesShown).Select(theme => text.LabelWithCount(ParticipantText.Truncate(theme.Label, 40), theme.Count)));
                var more = themes.Count > MaxThemesShown ? " " + text.MoreThemes(themes.Count - MaxThemesShown) : "";
                yield return new RichText(
                    new TextRun(text.Heading(QuestionCatalog.Text(lane, workshop.Frame.Language).Lane) + ": ") { Bold = true },
                    new TextRun(shown + more))
                {
                    Spacing = Spacing.Small,
                };
            }
        }

        private IEnumerable<CardElement> EmotionSection(EmotionCurve curve)
        {
            if (!curve.HasScores)
            {
                yield break;
            }

            var frame = _workshop.Frame;
            yield return new TextBlock(_text.EmotionCurveHeading) { Bold = true, Spacing = Spacing.Medium };
            var scored = curve.Stages.Where(stage => stage.HasScores).ToList();
            if (scored.Count >= 2)
            {
                var points = scored.Select(stage => new ChartPoint(StageName(stage.StageIndex), Math.Round(stage.Average, 2))).ToList();
                var averages = new List<TextRun> { new(_text.AverageEmotionLegend + ": ") { Subtle = true } };
                averages.AddRange(scored.Select((stage, i) => new TextRun(
                    (i > 0 ? " → " : "") + StageName(stage.StageIndex) + " " + WorkshopTexts.Score(stage.Average, frame.Language))));
                yield return new LineChart([new ChartSeries(_text.AverageEmotionLegend, points)], new RichText(averages))
                {
                    Title = _text.EmotionCurveHeading, XAxisTitle = _text.StageAxis, YAxisTitle = _text.ScoreAxis,
                };
            }

            foreach (var stage in curve.Stages)
            {
                var runs = new List<TextRun> { new(StageName(stage.StageIndex) + ": ") { Bold = curve.KeyPainStages.Contains(stage.StageIndex) } };
                runs.Add(stage.HasScores
                    ? new TextRun(_text.EmotionSpread(
                        WorkshopTexts.Score(stage.Min), WorkshopTexts.Score(stage.Average, frame.Language), WorkshopTexts.Score(stage.Max), stage.Count))
                    : new TextRun(_text.NoScoresYet) { Subtle = true });
                if (curve.KeyPainStages.Contains(stage.StageIndex))
                {
                    runs.Add(new TextRun(" · " + _text.KeyPain) { Color = TextColor.Attention, Bold = true });
                }

                yield return new RichText(runs) { Spacing = Spacing.None };
            }
        }

        /// <summary>A stage's block without its lanes' items; each lane with answers gets a slot right after its heading.</summary>
        private (Container Block, StageSlot Slot, List<int> HeadingIndexes) StageBlock(int segmentIndex, int stage, EmotionCurve curve, List<Answer>[] lanes)
        {
            var frame = _workshop.Frame;
            var emotion = curve.Stages[stage];
            var isCurrent = _workshop.Progress.Position.Segment == segmentIndex && _workshop.Progress.Position.Stage == stage
                && _workshop.Progress.Status != Workshops.Progress.WorkshopStatus.Finished;

            var header = new List<TextRun> { new(StageName(stage)) { Bold = true } };
            if (emotion.HasScores)
            {
                header.Add(new TextRun(" · " + _text.EmotionAverage(WorkshopTexts.Score(emotion.Average, frame.Language))) { Subtle = true });
            }

            if (isCurrent)
            {
                // The lane of the question being asked, then the marker: "2. Purchase · Touchpoints ◀ now".
                var question = _workshop.Progress.Position.Question;
                var lane = question >= 0 && question < frame.Questions.Count
                    ? " · " + QuestionCatalog.Text(frame.Questions[question], frame.Language).Lane
                    : "";
                header.Add(new TextRun(lane + " " + _text.CurrentMarker) { Color = TextColor.Accent, Bold = true });
            }

            if (curve.KeyPainStages.Contains(stage))
            {
                header.Add(new TextRun(" · " + _text.KeyPain) { Color = TextColor.Attention, Bold = true });
            }

            var items = new List<CardElement> { new RichText(header) };
            var slots = new List<LaneSlot>();
            var headings = new List<int>();
            var empty = new List<string>();
            for (var questionIndex = 0; questionIndex < frame.Questions.Count; questionIndex++)
            {
                var laneName = QuestionCatalog.Text(frame.Questions[questionIndex], frame.Language).Lane;
                var lane = lanes[questionIndex];
                if (lane.Count == 0)
                {
                    empty.Add(laneName);
                    continue;
                }

                items.Add(new TextBlock($"{laneName} ({lane.Count})") { Bold = true, Size = TextSize.Small, Spacing = Spacing.Small });
                headings.Add(items.Count - 1);
                slots.Add(new LaneSlot(
                    $"lane-{segmentIndex}-{stage}-{questionIndex}",
                    lane.Count,
                    index => Item((lane[index].Score is { } score ? WorkshopTexts.Score(score) + " " : "") + lane[index].Text, lane[index].Author.Name,
                        lane[index].IsAsync, _workshop.Votes.VotesFor(lane[index].Id)),
                    budget => budget));
            }

            if (empty.Count > 0)
            {
                items.Add(new TextBlock(_text.NoAnswersYet + ": " + string.Join(", ", empty)) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
            }

            var segmentId = frame.Segments[segmentIndex].Id;
            var total = slots.Sum(slot => slot.Count);
            var button = () => new ActionSet(new ExecuteAction(
                MapViewText.For(frame.Language).ShowWholeStage(total), new MapLaneSubmit(frame.Id, segmentId, stage))) { Spacing = Spacing.Small }.ToJson();
            return (new Container(items) { Style = stage % 2 == 0 ? ContainerStyle.Emphasis : ContainerStyle.Default, Separator = true },
                new StageSlot(slots, button), headings);
        }

        private RichText Item(string answer, string author, bool isAsync = false, int votes = 0) =>
            new(
            [
                new TextRun("• " + ParticipantText.Truncate(answer, MaxAnswerLength)),
                new TextRun(" — " + (_workshop.Frame.Anonymous ? _text.Anonymous : author)
                    + (isAsync ? AsyncText.For(_workshop.Frame.Language).AsyncMark : "")) { Subtle = true },
                .. votes > 0 ? [new TextRun(" " + VotingText.For(_workshop.Frame.Language).Votes(votes)) { Color = TextColor.Accent }] : Array.Empty<TextRun>(),
            ])
            {
                Spacing = Spacing.None,
            };

        private string StageName(int stage) => $"{stage + 1}. {_workshop.Frame.Stages[stage]}";
    }
}
