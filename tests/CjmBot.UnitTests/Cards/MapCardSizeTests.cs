using System.Text.Json.Nodes;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using Xunit;

namespace CjmBot.UnitTests.Cards;

/// <summary>
/// The map card picks its budget from sizes added up without building the card: those sums must be the card's size to the
/// byte, at every budget, or a card could pass Teams' limit. Also: the "all answers" button where answers are left out,
/// and the current question marked.
/// </summary>
public sealed class MapCardSizeTests
{
    public static TheoryData<string> Workshops() => new(Samples().Keys);

    [Theory]
    [MemberData(nameof(Workshops))]
    public void CreateAt_EveryBudget_PredictedSizeIsTheCardsSize(string name)
    {
        var workshop = Samples()[name];
        for (var budget = 0; budget < MapCard.BudgetCount; budget++)
        {
            var (predicted, card) = MapCard.CreateAt(workshop, budget);

            Assert.True(predicted == MapCard.Utf16Bytes(card), $"{name}, budget {budget}: predicted {predicted} bytes, the card has {MapCard.Utf16Bytes(card)}.");
        }
    }

    [Theory]
    [MemberData(nameof(Workshops))]
    public void Create_AnyWorkshop_RichestBudgetThatFits(string name)
    {
        var workshop = Samples()[name];
        var card = MapCard.Create(workshop);

        var fitting = Enumerable.Range(0, MapCard.BudgetCount).FirstOrDefault(
            budget => MapCard.Utf16Bytes(MapCard.CreateAt(workshop, budget).Card) <= MapCard.MaxCardBytes, MapCard.BudgetCount - 1);
        Assert.Equal(MapCard.CreateAt(workshop, fitting).Card.ToJsonString(), card.ToJsonString());
        Assert.InRange(MapCard.Utf16Bytes(card), 1, MapCard.MaxCardBytes);
    }

    [Fact]
    public void Create_StagesWithAnswersLeftOut_EachHasAnAllAnswersButtonForItsStage()
    {
        var card = new CardView(MapCard.Create(Big(answersPerQuestion: 60, textLength: 300)));

        var buttons = card.Buttons.Where(button => button.Verb == MapLaneSubmit.VerbName).ToList();
        Assert.Equal(6, buttons.Count);
        Assert.All(buttons, button => Assert.Equal("Все ответы этапа (420)", button.Title));
        var views = buttons.Select(button => MapLaneSubmit.Read(System.Text.Json.JsonSerializer.SerializeToElement(button.Data))).ToList();
        Assert.Equal([0, 1, 2, 3, 4, 5], views.Select(view => view!.Stage));
        Assert.All(views, view => Assert.Equal(new MapLaneSubmit("wsample000001", "s1", view!.Stage), view));
        Assert.All(buttons, button => Assert.Equal("Action.Execute", button.Type));
        Assert.Contains(card.Texts, text => text.Contains("«Все ответы этапа»", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_NothingLeftOut_NoAllAnswersButtonAndNoNote()
    {
        var card = new CardView(MapCard.Create(SampleWorkshops.Snapshot(answersPerQuestion: 8, stages: 2)));

        Assert.DoesNotContain(card.Buttons, button => button.Verb == MapLaneSubmit.VerbName);
        Assert.DoesNotContain(card.Texts, text => text.StartsWith("Some answers are not shown", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_RunningWorkshop_CurrentStageHeaderNamesTheCurrentQuestionsLane()
    {
        var card = new CardView(MapCard.Create(SampleWorkshops.Snapshot(position: new Position(0, 1, 3))));

        var current = Assert.Single(card.Texts, text => text.EndsWith("◀ now", StringComparison.Ordinal));
        Assert.StartsWith("2. Purchase", current, StringComparison.Ordinal);
        Assert.EndsWith(" · Barriers ◀ now", current, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FinishedWorkshop_NoCurrentMarker()
    {
        var card = new CardView(MapCard.Create(SampleWorkshops.Snapshot(position: new Position(1, 1, 5), status: WorkshopStatus.Finished)));

        Assert.DoesNotContain(card.Texts, text => text.Contains("◀ now", StringComparison.Ordinal));
    }

    private static Dictionary<string, WorkshopSnapshot> Samples() => new()
    {
        ["small"] = SampleWorkshops.Snapshot(),
        ["eight per lane, anonymous"] = SampleWorkshops.Snapshot(anonymous: true, answersPerQuestion: 8, stages: 3),
        ["forty per lane, KPI, Russian"] = SampleWorkshops.Snapshot(Language.Ru, answersPerQuestion: 40, stages: 6, kpi: true),
        ["huge Cyrillic, many insights"] = Big(answersPerQuestion: 120, textLength: 400, insights: 200),
        ["big, escaped characters"] = Big(answersPerQuestion: 30, textLength: 150, insights: 7, text: "\"quotes\" & <tags> \\ 😀 "),
        ["empty"] = new WorkshopSnapshot(SampleWorkshops.Frame(), SampleWorkshops.Progress(Position.Start), []),
    };

    private static WorkshopSnapshot Big(int answersPerQuestion, int textLength, int insights = 0, string text = "ж")
    {
        var frame = SampleWorkshops.Frame(Language.Ru, kpi: true, stages: 6);
        var contributions = new List<Contribution>();
        var at = SampleWorkshops.Start;
        var body = string.Concat(Enumerable.Repeat(text, (textLength / text.Length) + 1))[..textLength];
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
                        Author = new Participant($"29:p{i}", $"Участник {i}"), At = at, SegmentId = "s1", StageIndex = stage,
                        Question = question, Text = body, Score = question == QuestionKey.Emotions ? (i % 5) - 2 : null,
                    });
                }
            }
        }

        for (var i = 0; i < insights; i++)
        {
            contributions.Add(new Contribution
            {
                Id = $"i-{i}", WorkshopId = frame.Id, Kind = ContributionKind.Insight, Author = new Participant("29:p1", "Участник 1"),
                At = at.AddSeconds(i + 1), SegmentId = "s1", StageIndex = 0, Text = body,
            });
        }

        return new WorkshopSnapshot(frame, SampleWorkshops.Progress(new Position(0, 2, 1)), contributions);
    }
}
