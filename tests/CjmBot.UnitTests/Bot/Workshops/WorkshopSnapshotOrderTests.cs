using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using Xunit;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>Answers are replayed in arrival order (time, then id) whatever order storage returns the contributions in.</summary>
public sealed class WorkshopSnapshotOrderTests
{
    private static readonly Participant Anna = new("29:1anna", "Anna");

    [Fact]
    public void Answers_ContributionsLoadedOutOfOrder_ReplayedByTimeThenId()
    {
        var loaded = new[]
        {
            Contribution("c-3", seconds: 3, "third"),
            Edit("e-1", seconds: 4, target: "c-1", "first, edited"),
            Contribution("c-1", seconds: 1, "first"),
            Contribution("c-2b", seconds: 2, "second b"),
            Contribution("c-2a", seconds: 2, "second a"),
        };

        var answers = new WorkshopSnapshot(SampleWorkshops.Frame(), SampleWorkshops.Progress(Position.Start), loaded).Answers;

        Assert.Equal(["first, edited", "second a", "second b", "third"], answers.Select(answer => answer.Text));
        Assert.True(answers[0].Edited);
    }

    [Fact]
    public void Answers_EditLoadedBeforeItsAnswerButLaterInTime_StillApplies()
    {
        var inOrder = new[] { Contribution("c-1", seconds: 1, "draft"), Edit("e-1", seconds: 2, target: "c-1", "final") };

        var shuffled = new WorkshopSnapshot(SampleWorkshops.Frame(), SampleWorkshops.Progress(Position.Start), inOrder.Reverse().ToList()).Answers;
        var sorted = new WorkshopSnapshot(SampleWorkshops.Frame(), SampleWorkshops.Progress(Position.Start), inOrder).Answers;

        Assert.Equal("final", Assert.Single(shuffled).Text);
        Assert.Equal(sorted, shuffled);
    }

    private static Contribution Contribution(string id, int seconds, string text) => new()
    {
        Id = id, WorkshopId = "wsample000001", Kind = ContributionKind.Answer, Author = Anna, At = SampleWorkshops.Start.AddSeconds(seconds),
        SegmentId = "s1", StageIndex = 0, Question = QuestionKey.Goal, Text = text,
    };

    private static Contribution Edit(string id, int seconds, string target, string text) => new()
    {
        Id = id, WorkshopId = "wsample000001", Kind = ContributionKind.Edit, Author = Anna, At = SampleWorkshops.Start.AddSeconds(seconds),
        TargetId = target, Text = text,
    };
}
