using System.Text.Json;
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

/// <summary>The map's full view: every answer of a stage (or a lane), in full, a page at a time, each page under the card budget.</summary>
public sealed class MapStageCardTests
{
    [Fact]
    public void Create_StageTooBigForOneCard_PagesUnderTheBudgetHoldEveryAnswerOnceInFull()
    {
        var workshop = Stage(answersPerQuestion: 50, textLength: 1000);
        var first = MapStageCard.Create(workshop, new MapLaneSubmit(workshop.Frame.Id, "s1", 1));
        var pageCount = int.Parse(new CardView(first).Texts.Single(text => text.StartsWith("Page 1 of ", StringComparison.Ordinal))["Page 1 of ".Length..]);
        Assert.InRange(pageCount, 2, 20);

        var seen = new List<string>();
        var view = new MapLaneSubmit(workshop.Frame.Id, "s1", 1);
        for (var page = 0; page < pageCount; page++)
        {
            var card = MapStageCard.Create(workshop, view with { Page = page });
            Assert.InRange(MapCard.Utf16Bytes(card), 1, MapCard.MaxCardBytes);
            var cardView = new CardView(card);
            Assert.Equal("2. Purchase · Small shop owner: all answers", cardView.Heading);
            Assert.Contains($"Page {page + 1} of {pageCount}", cardView.Texts);
            seen.AddRange(cardView.Texts.Where(text => text.StartsWith("• ", StringComparison.Ordinal)));

            var next = cardView.Buttons.Where(button => button.Verb == MapLaneSubmit.VerbName).ToList();
            if (page + 1 < pageCount)
            {
                var button = Assert.Single(next);
                Assert.Equal($"Next page ({page + 2} of {pageCount})", button.Title);
                Assert.Equal(view with { Page = page + 1 }, MapLaneSubmit.Read(JsonSerializer.SerializeToElement(button.Data)));
            }
            else
            {
                Assert.Empty(next);
            }
        }

        var expected = workshop.Answers.Where(answer => answer.StageIndex == 1)
            .Select(answer => "• " + (answer.Score is { } score ? CjmBot.Cards.Localization.WorkshopTexts.Score(score) + " " : "") + answer.Text + " — " + answer.Author.Name)
            .ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.All(seen, text => Assert.DoesNotContain("…", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_OneLane_OnlyThatLaneUnderItsHeading()
    {
        var workshop = Stage(answersPerQuestion: 3, textLength: 40);

        var card = new CardView(MapStageCard.Create(workshop, new MapLaneSubmit(workshop.Frame.Id, "s1", 1, QuestionKey.Barriers)));

        Assert.Equal("2. Purchase · Small shop owner · Barriers: all answers", card.Heading);
        Assert.Equal(["Barriers (3)"], card.Texts.Where(text => text.EndsWith(')') && !text.StartsWith('•')));
        Assert.Equal(3, card.Texts.Count(text => text.StartsWith("• ", StringComparison.Ordinal)));
        Assert.DoesNotContain(card.Texts, text => text.StartsWith("Page ", StringComparison.Ordinal));
        Assert.Empty(card.Buttons);
    }

    [Fact]
    public void Create_PagePastTheEnd_ShowsTheLastPage()
    {
        var workshop = Stage(answersPerQuestion: 2, textLength: 40);

        var card = new CardView(MapStageCard.Create(workshop, new MapLaneSubmit(workshop.Frame.Id, "s1", 0, Page: 9)));

        Assert.Equal(2 * 6, card.Texts.Count(text => text.StartsWith("• ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Create_AnonymousStageWithoutAnswers_SaysSoAndNamesNobody()
    {
        var anonymous = Stage(answersPerQuestion: 2, textLength: 40);
        anonymous = new WorkshopSnapshot(anonymous.Frame with { Anonymous = true }, anonymous.Progress, anonymous.Contributions);

        var empty = new CardView(MapStageCard.Create(anonymous, new MapLaneSubmit(anonymous.Frame.Id, "s2", 0)));
        var named = new CardView(MapStageCard.Create(anonymous, new MapLaneSubmit(anonymous.Frame.Id, "s1", 0)));

        Assert.Contains("no answers yet", empty.Texts);
        Assert.DoesNotContain(named.Texts, text => text.Contains("Anna", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WrittenData_SameSubmission()
    {
        var views = new[] { new MapLaneSubmit("w1", "s1", 3), new MapLaneSubmit("w1", "s2", 0, QuestionKey.Goal, 4) };

        foreach (var view in views)
        {
            Assert.Equal(view, MapLaneSubmit.Read(JsonSerializer.SerializeToElement(CardSubmissions.ToData(view))));
        }

        Assert.Null(MapLaneSubmit.Read(JsonSerializer.SerializeToElement(new JsonObject { ["workshopId"] = "w1", ["segmentId"] = "s1", ["stage"] = "-1" })));
        Assert.Null(MapLaneSubmit.Read(JsonSerializer.SerializeToElement(new JsonObject { ["workshopId"] = "w1", ["segmentId"] = "s1", ["stage"] = "1", ["question"] = "Nope" })));
    }

    private static WorkshopSnapshot Stage(int answersPerQuestion, int textLength)
    {
        var frame = SampleWorkshops.Frame(stages: 2);
        var contributions = new List<Contribution>();
        var at = SampleWorkshops.Start;
        for (var stage = 0; stage < 2; stage++)
        {
            foreach (var question in frame.Questions)
            {
                for (var i = 0; i < answersPerQuestion; i++)
                {
                    at = at.AddSeconds(1);
                    var text = $"{stage}-{question}-{i} " + new string('x', textLength);
                    contributions.Add(new Contribution
                    {
                        Id = $"c-{stage}-{question}-{i}", WorkshopId = frame.Id, Kind = ContributionKind.Answer,
                        Author = new Participant("29:1anna-facilitator", "Anna Petrova"), At = at, SegmentId = "s1", StageIndex = stage,
                        Question = question, Text = text, Score = question == QuestionKey.Emotions ? (i % 5) - 2 : null,
                    });
                }
            }
        }

        return new WorkshopSnapshot(frame, SampleWorkshops.Progress(new Position(0, 1, 0)), contributions);
    }
}
