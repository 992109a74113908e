using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Voting;

/// <summary>What can be voted on: the barriers and solutions standing now (after edits and removals).</summary>
public static class VotingItems
{
    public static bool IsVotable(QuestionKey question) => question is QuestionKey.Barriers or QuestionKey.Solutions;

    /// <summary>A segment's barriers and solutions, stage by stage, barriers first, in the order they were given.</summary>
    public static IReadOnlyList<Answer> Of(IEnumerable<Answer> answers, string segmentId) =>
        [.. answers
            .Where(a => a.SegmentId == segmentId && IsVotable(a.Question))
            .Select((answer, order) => (answer, order))
            .OrderBy(x => x.answer.StageIndex)
            .ThenBy(x => x.answer.Question)
            .ThenBy(x => x.order)
            .Select(x => x.answer)];

    /// <summary>
    /// Checks a ballot before it is cast: every count non-negative, only the segment's items, within the budget.
    /// Returns the problem or null.
    /// </summary>
    public static BallotProblem? Check(Ballot ballot, IReadOnlyCollection<Answer> items, int budget)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        if (ballot.Votes.Values.Any(v => v < 0))
        {
            return BallotProblem.NegativeVotes;
        }

        if (ballot.Votes.Where(v => v.Value > 0).Any(v => !items.Any(item => item.Id == v.Key && item.SegmentId == ballot.SegmentId)))
        {
            return BallotProblem.UnknownItem;
        }

        return ballot.Spent > budget ? BallotProblem.OverBudget : null;
    }
}

/// <summary>Why a ballot cannot be cast as it is.</summary>
public enum BallotProblem
{
    NegativeVotes,
    UnknownItem,
    OverBudget,
}
