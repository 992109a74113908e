using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Voting;

namespace CjmBot.Workshops.Themes;

/// <summary>An accepted theme on the themes ballot, with its lane.</summary>
public sealed record VotableTheme(QuestionKey Lane, AcceptedTheme Theme);

/// <summary>An accepted theme with its votes and its rank among its segment's themes of the same lane (ties share a rank).</summary>
public sealed record RankedTheme(QuestionKey Lane, AcceptedTheme Theme, int Votes, int Rank);

/// <summary>
/// Dot-voting on accepted themes (<see cref="VotingState.OnThemes"/>). A voter's themes ballot is kept apart from their
/// ballot on answers (<see cref="BallotSegment"/>), so voting on themes never replaces votes already given to answers;
/// the votes are counted per theme id. Only barriers and solutions are voted on, as with answers.
/// </summary>
public static class ThemeVoting
{
    /// <summary>The segment key of a voter's themes ballot for <paramref name="segmentId"/>.</summary>
    public static string BallotSegment(string segmentId) => segmentId + "#themes";

    /// <summary>The segment's accepted barrier themes, then solution themes, in their stored order.</summary>
    public static IReadOnlyList<VotableTheme> Items(WorkshopSnapshot workshop, string segmentId)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return [.. new[] { QuestionKey.Barriers, QuestionKey.Solutions }
            .SelectMany(lane => workshop.Themes.Accepted(segmentId, lane).Select(theme => new VotableTheme(lane, theme)))];
    }

    /// <summary>Votes given to one theme on the themes ballots of its segment.</summary>
    public static int VotesFor(WorkshopSnapshot workshop, string segmentId, string themeId)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var key = BallotSegment(segmentId);
        return workshop.Decisions.Ballots.Where(ballot => ballot.SegmentId == key).Sum(ballot => Math.Max(ballot.VotesFor(themeId), 0));
    }

    /// <summary>The segment's themes of one lane with votes, best first; themes without votes are left out.</summary>
    public static IReadOnlyList<RankedTheme> Ranking(WorkshopSnapshot workshop, string segmentId, QuestionKey lane)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var voted = workshop.Themes.Accepted(segmentId, lane)
            .Select(theme => (Theme: theme, Votes: VotesFor(workshop, segmentId, theme.Id)))
            .Where(pair => pair.Votes > 0)
            .OrderByDescending(pair => pair.Votes)
            .ToList();
        return [.. voted.Select(pair => new RankedTheme(lane, pair.Theme, pair.Votes, 1 + voted.Count(other => other.Votes > pair.Votes)))];
    }

    /// <summary>People who put a vote on a theme of the segment.</summary>
    public static int Voters(WorkshopSnapshot workshop, string segmentId)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var key = BallotSegment(segmentId);
        return workshop.Decisions.Ballots.Count(ballot => ballot.SegmentId == key && ballot.Spent > 0);
    }
}
