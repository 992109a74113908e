namespace CjmBot.Workshops.LiveMap;

/// <summary>
/// How far a map shows the workshop: the number of contributions, the time of the latest, and the revision of
/// the session's progress (the map marks the current stage). Contributions are insert-only (an edit or a
/// removal is a new one) and every facilitator move raises the revision, so a map showing less is behind.
/// </summary>
public readonly record struct MapWatermark(int Contributions, DateTimeOffset? LatestAt, int ProgressRevision = 0)
{
    public static MapWatermark Of(WorkshopSnapshot workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return new(
            workshop.Contributions.Count,
            workshop.Contributions.Count == 0 ? null : workshop.Contributions.Max(c => c.At),
            workshop.Progress.Revision);
    }

    /// <summary>True when this shows something <paramref name="rendered"/> does not (nothing rendered yet counts as behind).</summary>
    public bool IsNewerThan(MapWatermark? rendered) =>
        rendered is not { } before || Contributions > before.Contributions || LatestAt > before.LatestAt
        || ProgressRevision > before.ProgressRevision;
}
