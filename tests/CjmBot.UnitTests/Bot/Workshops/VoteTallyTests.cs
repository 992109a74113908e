using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Voting;
using Xunit;

namespace CjmBot.UnitTests.Bot.Workshops;

public sealed class VoteTallyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Participant Ann = new("29:ann", "Ann");
    private static readonly Participant Ben = new("29:ben", "Ben");

    [Fact]
    public void Count_EqualVotes_ShareARankAndTheNextRankSkips()
    {
        Answer[] answers = [Item("b1", QuestionKey.Barriers), Item("b2", QuestionKey.Barriers), Item("b3", QuestionKey.Barriers), Item("b4", QuestionKey.Barriers), Item("b5", QuestionKey.Barriers)];

        var tally = VoteTally.Count(answers, [Vote(Ann, ("b1", 3), ("b2", 1)), Vote(Ben, ("b3", 2), ("b4", 1))]);

        Assert.Equal([1, 3, 2, 3, (int?)null], answers.Select(a => tally.RankOf(a.Id)));
        Assert.Equal(["b1", "b3", "b2", "b4"], tally.Ranking("s1", QuestionKey.Barriers).Select(i => i.Answer.Id));
        Assert.Equal(0, tally.VotesFor("b5"));
    }

    [Fact]
    public void Count_BarriersAndSolutions_AreRankedSeparately()
    {
        Answer[] answers = [Item("b1", QuestionKey.Barriers), Item("s1", QuestionKey.Solutions)];

        var tally = VoteTally.Count(answers, [Vote(Ann, ("b1", 3)), Vote(Ben, ("s1", 1))]);

        Assert.Equal(1, tally.RankOf("b1"));
        Assert.Equal(1, tally.RankOf("s1"));
    }

    [Fact]
    public void Count_VotesForARemovedAnswerAnotherSegmentOrANonVotableQuestion_CountForNothing()
    {
        Answer[] answers = [Item("b1", QuestionKey.Barriers), Item("g1", QuestionKey.Goal), Item("b2", QuestionKey.Barriers) with { SegmentId = "s2" }];

        var tally = VoteTally.Count(answers, [Vote(Ann, ("gone", 2), ("g1", 1), ("b2", 3), ("b1", 0))]);

        Assert.True(tally.IsEmpty);
        Assert.Null(tally.RankOf("b1"));
    }

    [Fact]
    public void Check_Ballots_ReportNegativeUnknownAndOverBudgetOrNothing()
    {
        Answer[] items = [Item("b1", QuestionKey.Barriers), Item("s1", QuestionKey.Solutions)];

        Assert.Null(VotingItems.Check(Vote(Ann, ("b1", 2), ("s1", 1), ("elsewhere", 0)), items, budget: 3));
        Assert.Equal(BallotProblem.NegativeVotes, VotingItems.Check(Vote(Ann, ("b1", -1)), items, budget: 3));
        Assert.Equal(BallotProblem.UnknownItem, VotingItems.Check(Vote(Ann, ("elsewhere", 1)), items, budget: 3));
        Assert.Equal(BallotProblem.OverBudget, VotingItems.Check(Vote(Ann, ("b1", 2), ("s1", 2)), items, budget: 3));
    }

    [Fact]
    public void Of_Segment_ListsItsBarriersAndSolutionsStageByStageBarriersFirst()
    {
        Answer[] answers =
        [
            Item("s-late", QuestionKey.Solutions) with { StageIndex = 1 },
            Item("s-early", QuestionKey.Solutions),
            Item("b-early", QuestionKey.Barriers),
            Item("goal", QuestionKey.Goal),
            Item("other", QuestionKey.Barriers) with { SegmentId = "s2" },
        ];

        Assert.Equal(["b-early", "s-early", "s-late"], VotingItems.Of(answers, "s1").Select(a => a.Id));
    }

    [Fact]
    public void CurrentRecords_LatestPerSolutionAndPerAuthorAndTopic_Stand()
    {
        ActionItem first = new()
        {
            Id = "a1", WorkshopId = "w", AnswerId = "s1", SegmentId = "s1", Text = "t", Owner = Ann, Due = new DateOnly(2026, 12, 1), AssignedBy = Ann, At = T0,
        };
        Conclusion said = new() { Id = "c1", WorkshopId = "w", Topic = ConclusionTopic.KpiChanges, Text = "old", Author = Ben, At = T0 };
        var decisions = new WorkshopDecisions(
            VotingState.NotStarted,
            [],
            [first with { Id = "a2", Owner = Ben, At = T0.AddMinutes(1) }, first],
            [said, said with { Id = "c2", Text = "new", At = T0.AddMinutes(1) }, said with { Id = "c3", Author = Ann, Topic = ConclusionTopic.ProductDirection }]);

        Assert.Equal(["a2"], decisions.CurrentActionItems().Select(i => i.Id));
        Assert.Equal(["c3", "c2"], decisions.CurrentConclusions().Select(c => c.Id));
    }

    private static Answer Item(string id, QuestionKey question) =>
        new(id, Ann, "s1", 0, question, "text " + id, null, null, T0, Edited: false, IsAsync: false);

    private static Ballot Vote(Participant voter, params (string Id, int Votes)[] votes) =>
        new("w", "s1", voter, votes.ToDictionary(v => v.Id, v => v.Votes, StringComparer.Ordinal), T0);
}
