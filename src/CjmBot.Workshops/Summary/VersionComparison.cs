using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Summary;

/// <summary>
/// What changed between a map and the version it was copied from, per segment: the average feeling at every stage
/// before and after, the barriers named now that were not before, and the barriers named before that nobody names now.
/// Segments are matched by id and stages by name (a copy keeps both).
/// </summary>
public sealed record VersionComparison(int PreviousVersion, int CurrentVersion, IReadOnlyList<SegmentChange> Segments)
{
    public static VersionComparison Of(WorkshopSnapshot previous, WorkshopSnapshot current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var segments = new List<SegmentChange>();
        foreach (var segment in current.Frame.Segments)
        {
            var before = EmotionCurve.For(previous, segment.Id);
            var after = EmotionCurve.For(current, segment.Id);
            var stages = current.Frame.Stages.Select((name, index) =>
            {
                var previousIndex = IndexOf(previous.Frame.Stages, name);
                var was = previousIndex is { } p ? before.Stages[p] : null;
                var now = after.Stages[index];
                return new StageChange(name, was is { HasScores: true } ? was.Average : null, now.HasScores ? now.Average : null);
            }).ToList();

            var oldBarriers = Barriers(previous, segment.Id);
            var newBarriers = Barriers(current, segment.Id);
            segments.Add(new SegmentChange(
                segment.Name,
                stages,
                newBarriers.Where(pair => !oldBarriers.ContainsKey(pair.Key)).Select(pair => pair.Value).ToList(),
                oldBarriers.Where(pair => !newBarriers.ContainsKey(pair.Key)).Select(pair => pair.Value).ToList()));
        }

        return new VersionComparison(previous.Frame.Version, current.Frame.Version, segments);
    }

    private static int? IndexOf(IReadOnlyList<string> stages, string name)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            if (string.Equals(stages[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The segment's barriers by their normalised text, in order of first mention (the first wording kept).</summary>
    private static Dictionary<string, string> Barriers(WorkshopSnapshot workshop, string segmentId)
    {
        var barriers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in Mentions.Of(workshop.Answers.Where(answer => answer.SegmentId == segmentId && answer.Question == QuestionKey.Barriers)))
        {
            barriers.TryAdd(Mentions.Normalize(mention.Text), mention.Text);
        }

        return barriers;
    }
}

/// <summary>One segment's changes since the previous version.</summary>
public sealed record SegmentChange(string Segment, IReadOnlyList<StageChange> Stages, IReadOnlyList<string> NewBarriers, IReadOnlyList<string> ResolvedBarriers);

/// <summary>The average feeling at one stage, before and now (null: no scores then, or the stage did not exist).</summary>
public sealed record StageChange(string Stage, double? Before, double? After);
