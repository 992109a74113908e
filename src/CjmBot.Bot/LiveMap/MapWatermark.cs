using CjmBot.Workshops;
using CjmBot.Workshops.Voting;

namespace CjmBot.Bot.LiveMap;

/// <summary>
/// How far a map shows the workshop: the number of contributions, the time of the latest, the revision of the
/// session's progress (the map marks the current stage) and the time of the latest decision (a ballot, the voting
/// opened or closed: the map shows votes; a themes record: the map shows accepted themes), and when the blind rounds
/// last changed (a reveal shows answers that were there already). Contributions are insert-only (an edit or a removal
/// is a new one), every
/// facilitator move raises the revision and every decision is stamped when made, so a map showing less is behind.
/// </summary>
public readonly record struct MapWatermark(
    int Contributions, DateTimeOffset? LatestAt, int ProgressRevision = 0, DateTimeOffset? DecisionsAt = null, DateTimeOffset? BlindChangedAt = null)
{
    public static MapWatermark Of(WorkshopSnapshot workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return new(
            workshop.Contributions.Count,
            workshop.Contributions.Count == 0 ? null : workshop.Contributions.Max(c => c.At),
            workshop.Progress.Revision,
            Latest(LatestDecision(workshop.Decisions), workshop.ThemeRecords.Count == 0 ? null : workshop.ThemeRecords.Max(record => record.At)),
            workshop.Progress.BlindChangedAt);
    }

    /// <summary>True when this shows something <paramref name="rendered"/> does not (nothing rendered yet counts as behind).</summary>
    public bool IsNewerThan(MapWatermark? rendered) =>
        rendered is not { } before || Contributions > before.Contributions || LatestAt > before.LatestAt
        || ProgressRevision > before.ProgressRevision
        || (DecisionsAt is { } decided && (before.DecisionsAt is not { } shown || decided > shown))
        || (BlindChangedAt is { } blind && (before.BlindChangedAt is not { } blindShown || blind > blindShown));

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTimeOffset? LatestDecision(WorkshopDecisions decisions)
    {
        DateTimeOffset? latest = decisions.Voting.ChangedAt;
        foreach (var ballot in decisions.Ballots)
        {
            latest = latest is { } known && known >= ballot.At ? known : ballot.At;
        }

        return latest;
    }
}
