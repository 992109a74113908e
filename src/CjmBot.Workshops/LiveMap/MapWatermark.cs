namespace CjmBot.Workshops.LiveMap;

/// <summary>
/// How far a map shows the workshop: the number of contributions and the time of the latest. Contributions are
/// insert-only (an edit or a removal is a new one), so a map showing fewer, or older, is behind.
/// </summary>
public readonly record struct MapWatermark(int Contributions, DateTimeOffset? LatestAt)
{
    public static MapWatermark Of(WorkshopSnapshot workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return new(workshop.Contributions.Count, workshop.Contributions.Count == 0 ? null : workshop.Contributions.Max(c => c.At));
    }

    /// <summary>True when this shows something <paramref name="rendered"/> does not (nothing rendered yet counts as behind).</summary>
    public bool IsNewerThan(MapWatermark? rendered) =>
        rendered is not { } before || Contributions > before.Contributions || LatestAt > before.LatestAt;
}
