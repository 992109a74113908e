using System.Text.Json.Nodes;
using CjmBot.Cards.Screens;
using CjmBot.Testing;
using CjmBot.UnitTests.Bot.Workshops;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using Xunit;

namespace CjmBot.UnitTests.Cards;

public sealed class MapCardTests
{
    [Fact]
    public void Create_ScoredStages_OneSpreadLinePerStageAndTheKeyPainLabelled()
    {
        var card = new CardView(MapCard.Create(EmotionCurveTests.WithScores([-2, 0, 1, -1], [], [2, 1])));

        Assert.Contains("1. Search: min -2 · avg -0.5 · max +1 (4 scores) · ⚠ key pain point", card.Texts);
        Assert.Contains("2. Purchase: no scores yet", card.Texts);
        Assert.Contains("3. Delivery: min +1 · avg +1.5 · max +2 (2 scores)", card.Texts);
        Assert.Contains(card.Texts, text => text.StartsWith("1. Search · emotion -0.5", StringComparison.Ordinal) && text.EndsWith("⚠ key pain point", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_KeyPain_IsTextInAttentionColourNotColourAlone()
    {
        var json = MapCard.Create(EmotionCurveTests.WithScores([-1], [1])).ToJsonString(CjmBot.Cards.Serialization.CardJson.Options);

        Assert.Contains("{\"type\":\"TextRun\",\"text\":\" · ⚠ key pain point\",\"weight\":\"Bolder\",\"color\":\"Attention\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Russian_SpreadAndKeyPainInRussian()
    {
        var snapshot = EmotionCurveTests.WithScores([-1, -2], [1]);
        var russian = new WorkshopSnapshot(snapshot.Frame with { Language = Language.Ru, Stages = ["Поиск", "Покупка", "Доставка"] }, snapshot.Progress, snapshot.Contributions);

        var card = new CardView(MapCard.Create(russian));

        Assert.Contains("1. Поиск: мин -2 · сред -1,5 · макс -1 (2 оценки) · ⚠ главная болевая точка", card.Texts);
        Assert.Contains("2. Покупка: мин +1 · сред +1,0 · макс +1 (1 оценка)", card.Texts);
    }

    [Fact]
    public void Create_TwoScoredStages_LineChartOfAveragesWithATextFallback()
    {
        var card = MapCard.Create(EmotionCurveTests.WithScores([-2, 1], [], [2]));

        var chart = Assert.Single(Elements(card), element => (string?)element["type"] == "Chart.Line");
        var values = chart["data"]![0]!["values"]!.AsArray();
        Assert.Equal(["1. Search", "3. Delivery"], values.Select(point => (string)point!["x"]!));
        Assert.Equal([-0.5, 2.0], values.Select(point => (double)point!["y"]!));
        var fallback = chart["fallback"]!.AsObject();
        Assert.Equal("RichTextBlock", (string?)fallback["type"]);
        Assert.Equal("Average emotion: 1. Search -0.5 → 3. Delivery +2.0", string.Concat(fallback["inlines"]!.AsArray().Select(run => (string)run!["text"]!)));
    }

    [Fact]
    public void Create_OneScoredStageOrNone_NoChart()
    {
        Assert.DoesNotContain(Elements(MapCard.Create(EmotionCurveTests.WithScores([-2]))), element => (string?)element["type"] == "Chart.Line");
        var empty = MapCard.Create(EmotionCurveTests.WithScores());
        Assert.DoesNotContain(new CardView(empty).Texts, text => text == "Emotion curve");
    }

    [Fact]
    public void Create_LongLanes_RestBehindAToggleWithUniqueIdsThatExist()
    {
        var card = MapCard.Create(SampleWorkshops.Snapshot(answersPerQuestion: 8, stages: 2));

        var ids = Elements(card).Select(element => (string?)element["id"]).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var toggles = Elements(card).Where(element => (string?)element["type"] == "ActionSet")
            .SelectMany(set => set["actions"]!.AsArray().OfType<JsonObject>())
            .Where(action => (string?)action["type"] == "Action.ToggleVisibility")
            .ToList();
        Assert.Equal(2 * 6, toggles.Count);
        Assert.All(toggles, toggle => Assert.Equal("Show all (8)", (string?)toggle["title"]));
        foreach (var target in toggles.SelectMany(toggle => toggle["targetElements"]!.AsArray().Select(id => (string)id!)))
        {
            var hidden = Assert.Single(Elements(card), element => (string?)element["id"] == target);
            Assert.False((bool)hidden["isVisible"]!);
            Assert.Equal(5, hidden["items"]!.AsArray().Count);
        }
    }

    [Fact]
    public void Create_HugeCyrillicWorkshop_StaysUnderTheBudgetAndSaysWhatIsLeftOut()
    {
        var card = MapCard.Create(Huge(answersPerQuestion: 120));
        var view = new CardView(card);

        Assert.InRange(MapCard.Utf16Bytes(card), 1, MapCard.MaxCardBytes);
        Assert.Contains(view.Texts, text => text.StartsWith("ещё ", StringComparison.Ordinal));
        Assert.Contains(view.Texts, text => text.StartsWith("Часть ответов не показана", StringComparison.Ordinal));
        Assert.Contains("Цель (60)", view.Texts);
    }

    [Fact]
    public void Create_ParticipantsText_OnlyInTextRunsNeverInMarkdown()
    {
        var card = MapCard.Create(SampleWorkshops.Snapshot(answersPerQuestion: 6, stages: 3, kpi: true));

        var markdown = Elements(card).Where(element => (string?)element["type"] == "TextBlock").Select(element => (string)element["text"]!);
        Assert.DoesNotContain(markdown, text => text.Contains("compares prices", StringComparison.Ordinal) || text.Contains("Search", StringComparison.Ordinal));
    }

    private static WorkshopSnapshot Huge(int answersPerQuestion)
    {
        var frame = SampleWorkshops.Frame(Language.Ru, kpi: true, stages: 6);
        var contributions = new List<Contribution>();
        var at = SampleWorkshops.Start;
        for (var stage = 0; stage < frame.Stages.Count; stage++)
        {
            foreach (var question in frame.Questions)
            {
                for (var i = 0; i < answersPerQuestion; i++)
                {
                    at = at.AddSeconds(1);
                    contributions.Add(new Contribution
                    {
                        Id = $"c-{stage}-{question}-{i}", WorkshopId = frame.Id, Kind = ContributionKind.Answer,
                        Author = new Participant($"29:p{i}", $"Участник Длинноеимя {i}"), At = at, SegmentId = i % 2 == 0 ? "s1" : "s2", StageIndex = stage,
                        Question = question, Text = new string('ж', 400), Score = question == QuestionKey.Emotions ? (i % 5) - 2 : null,
                    });
                }
            }
        }

        return new WorkshopSnapshot(frame, SampleWorkshops.Progress(new Position(1, 2, 0)), contributions);
    }

    /// <summary>Every element of the card body, nested ones included (not the chart's fallback).</summary>
    private static List<JsonObject> Elements(JsonObject card)
    {
        var found = new List<JsonObject>();
        void Visit(JsonNode? node)
        {
            if (node is JsonArray array)
            {
                foreach (var item in array)
                {
                    Visit(item);
                }
            }
            else if (node is JsonObject element)
            {
                found.Add(element);
                Visit(element["items"]);
                Visit(element["columns"]);
            }
        }

        Visit(card["body"]);
        return found;
    }
}
