using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using Xunit;

namespace CjmBot.UnitTests.Bot.Workshops;

public sealed class EmotionCurveTests
{
    /// <summary>A three-stage workshop whose first segment has the given emotion scores per stage (one answer each).</summary>
    internal static WorkshopSnapshot WithScores(params int[][] scoresPerStage)
    {
        var frame = SampleWorkshops.Frame(stages: 3);
        var contributions = new List<Contribution>();
        var at = SampleWorkshops.Start;
        for (var stage = 0; stage < scoresPerStage.Length; stage++)
        {
            foreach (var score in scoresPerStage[stage])
            {
                at = at.AddSeconds(1);
                contributions.Add(new Contribution
                {
                    Id = $"c{contributions.Count}", WorkshopId = frame.Id, Kind = ContributionKind.Answer,
                    Author = new Participant($"29:p{contributions.Count}", $"Person {contributions.Count}"), At = at,
                    SegmentId = "s1", StageIndex = stage, Question = QuestionKey.Emotions, Text = "feeling", Score = score,
                });
            }
        }

        return new WorkshopSnapshot(frame, SampleWorkshops.Progress(new Position(0, 0, 2)), contributions);
    }

    [Fact]
    public void For_SeveralScoresOnAStage_GivesMinAverageMaxAndCount()
    {
        var stage = EmotionCurve.For(WithScores([-2, 0, 1, -1]), "s1").Stages[0];

        Assert.Equal((-2, 1, 4), (stage.Min, stage.Max, stage.Count));
        Assert.Equal(-0.5, stage.Average);
    }

    [Fact]
    public void For_LowestAverage_IsTheOnlyKeyPain()
    {
        var curve = EmotionCurve.For(WithScores([1, 2], [-2, 1], [0]), "s1");

        Assert.Equal([1], curve.KeyPainStages.Order());
    }

    [Fact]
    public void For_TiedLowestAveragesFromDifferentCounts_EveryTiedStageIsAKeyPain()
    {
        // -1/1 and -3/3 are equal as fractions, so neither hides the other.
        var curve = EmotionCurve.For(WithScores([-1], [-2, 0, -1], [2]), "s1");

        Assert.Equal([0, 1], curve.KeyPainStages.Order());
    }

    [Fact]
    public void For_NoScores_HasNoKeyPainAndNoScoresAnywhere()
    {
        var curve = EmotionCurve.For(WithScores(), "s1");

        Assert.False(curve.HasScores);
        Assert.Empty(curve.KeyPainStages);
        Assert.All(curve.Stages, stage => Assert.False(stage.HasScores));
        Assert.Equal(3, curve.Stages.Count);
    }

    [Fact]
    public void For_StageWithoutAnswersBetweenPositiveOnes_IsNotTheKeyPain()
    {
        var curve = EmotionCurve.For(WithScores([1], [], [2]), "s1");

        Assert.False(curve.Stages[1].HasScores);
        Assert.Equal([0], curve.KeyPainStages.Order());
    }

    [Fact]
    public void For_EveryScoredStageAtTheSameAverage_HasNoKeyPain()
    {
        var curve = EmotionCurve.For(WithScores([-1, 1], [0], [2, -2]), "s1");

        Assert.True(curve.HasScores);
        Assert.Empty(curve.KeyPainStages);
    }

    [Fact]
    public void For_OneScoredStage_HasNoKeyPain()
    {
        var curve = EmotionCurve.For(WithScores([-2]), "s1");

        Assert.True(curve.HasScores);
        Assert.Empty(curve.KeyPainStages);
    }

    [Fact]
    public void For_AnotherSegment_SeesNoneOfTheseScores()
    {
        var curve = EmotionCurve.For(WithScores([-2], [1]), "s2");

        Assert.False(curve.HasScores);
    }
}
