using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Summary;
using Xunit;

namespace CjmBot.UnitTests.Bot.Workshops;

public sealed class WorkshopSummaryTests
{
    private static readonly Participant Anna = new("29:1anna", "Anna");
    private static readonly Participant Boris = new("29:1boris", "Boris");

    [Theory]
    [InlineData("Delivery cost is hidden", "  delivery   COST is hidden!!")]
    [InlineData("Ёлка не грузится", "елка не грузится.")]
    public void Normalize_SamePointWrittenDifferently_IsEqual(string one, string other) =>
        Assert.Equal(Mentions.Normalize(one), Mentions.Normalize(other));

    [Fact]
    public void Top_CountsMentionsKeepsTheFirstWordingAndBreaksTiesByFirstMention()
    {
        Answer[] answers =
        [
            Barrier("1", Anna, "Slow page", 0),
            Barrier("2", Boris, "Hidden fees", 1),
            Barrier("3", Anna, "hidden fees.", 0),
            Barrier("4", Boris, "No chat", 1),
            Barrier("5", Boris, "slow  page", 1),
            Barrier("6", Boris, "Slow page", 1),
        ];

        var top = Mentions.Top(answers, "s1", QuestionKey.Barriers, 2);

        Assert.Equal([new Mention("Slow page", 3, [0, 1]), new Mention("Hidden fees", 2, [0, 1])], top, new MentionComparer());
    }

    [Fact]
    public void Of_Workshop_ParticipationCountsStandingAnswersAndInsightsPerPerson()
    {
        var sample = SampleWorkshops.Snapshot(answersPerQuestion: 2);

        var participation = WorkshopSummary.Of(sample).Participation;

        Assert.Equal(sample.Answers.Count, participation.Answers);
        Assert.Equal(1, participation.Insights);
        Assert.Equal(2, participation.People.Count);
        Assert.Equal(sample.Answers.Count + 1, participation.People.Sum(share => share.Answers + share.Insights));
    }

    [Fact]
    public void Of_FlatCurve_HasNoKeyPainButStillListsStagesBelowNeutral()
    {
        var frame = SampleWorkshops.Frame();
        var workshop = new WorkshopSnapshot(frame, SampleWorkshops.Progress(new CjmBot.Workshops.Progress.Position(0, 0, 0)),
        [
            Score("e1", 0, -1),
            Score("e2", 1, -1),
        ]);

        var segment = WorkshopSummary.Of(workshop).Segments[0];

        Assert.Equal([0, 1], segment.LowPoints.Select(low => low.Emotion.StageIndex));
        Assert.All(segment.LowPoints, low => Assert.False(low.IsKeyPain));
    }

    private static Answer Barrier(string id, Participant who, string text, int stage) =>
        new(id, who, "s1", stage, QuestionKey.Barriers, text, null, null, SampleWorkshops.Start.AddSeconds(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)), false, false);

    private static Contribution Score(string id, int stage, int score) => new()
    {
        Id = id, WorkshopId = "wsample000001", Kind = ContributionKind.Answer, Author = Anna, At = SampleWorkshops.Start.AddSeconds(stage),
        SegmentId = "s1", StageIndex = stage, Question = QuestionKey.Emotions, Text = "feeling", Score = score,
    };

    private sealed class MentionComparer : IEqualityComparer<Mention>
    {
        public bool Equals(Mention? x, Mention? y) =>
            x is not null && y is not null && x.Text == y.Text && x.Count == y.Count && x.Stages.SequenceEqual(y.Stages);

        public int GetHashCode(Mention obj) => obj.Text.GetHashCode(StringComparison.Ordinal);
    }
}
