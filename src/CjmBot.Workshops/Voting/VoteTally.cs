using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Voting;

/// <summary>A barrier or solution with its votes and its rank among its segment's items of the same question.</summary>
public sealed record RankedItem(Answer Answer, int Votes, int Rank);

/// <summary>
/// The votes counted: per standing barrier or solution, the sum over every ballot. Items are ranked within their
/// segment and question (barriers among barriers, solutions among solutions); equal votes share a rank
/// (1, 2, 2, 4), and an item without votes has no rank. Votes for an answer since removed count for nothing.
/// </summary>
public sealed class VoteTally
{
    private readonly Dictionary<string, RankedItem> _byAnswer;

    private VoteTally(Dictionary<string, RankedItem> byAnswer) => _byAnswer = byAnswer;

    public static VoteTally Empty { get; } = new(new Dictionary<string, RankedItem>(StringComparer.Ordinal));

    /// <summary>True when no vote counts for anything yet.</summary>
    public bool IsEmpty => _byAnswer.Count == 0;

    public static VoteTally Count(IEnumerable<Answer> answers, IEnumerable<Ballot> ballots)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(ballots);
        var votable = answers.Where(a => VotingItems.IsVotable(a.Question)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ballot in ballots)
        {
            foreach (var (answerId, count) in ballot.Votes)
            {
                if (count > 0 && votable.TryGetValue(answerId, out var answer) && answer.SegmentId == ballot.SegmentId)
                {
                    votes[answerId] = votes.GetValueOrDefault(answerId) + count;
                }
            }
        }

        var ranked = new Dictionary<string, RankedItem>(StringComparer.Ordinal);
        foreach (var group in votes.Select(v => (Answer: votable[v.Key], Votes: v.Value)).GroupBy(x => (x.Answer.SegmentId, x.Answer.Question)))
        {
            var ordered = group.OrderByDescending(x => x.Votes).ToList();
            foreach (var (answer, count) in ordered)
            {
                ranked[answer.Id] = new RankedItem(answer, count, 1 + ordered.Count(other => other.Votes > count));
            }
        }

        return new VoteTally(ranked);
    }

    public int VotesFor(string answerId) => _byAnswer.TryGetValue(answerId, out var item) ? item.Votes : 0;

    public int? RankOf(string answerId) => _byAnswer.TryGetValue(answerId, out var item) ? item.Rank : null;

    /// <summary>A segment's voted items of one question, best first (ties in the order the answers were given).</summary>
    public IReadOnlyList<RankedItem> Ranking(string segmentId, QuestionKey question) =>
        [.. _byAnswer.Values
            .Where(item => item.Answer.SegmentId == segmentId && item.Answer.Question == question)
            .OrderBy(item => item.Rank)
            .ThenBy(item => item.Answer.At)
            .ThenBy(item => item.Answer.Id, StringComparer.Ordinal)];
}
