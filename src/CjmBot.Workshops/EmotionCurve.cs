namespace CjmBot.Workshops;

/// <summary>One stage's emotion scores from every participant of a segment: how far apart they are, not just the mean.</summary>
public sealed record StageEmotion(int StageIndex, int Count, int Min, int Max, int Sum)
{
    public bool HasScores => Count > 0;

    public double Average => Count == 0 ? 0 : (double)Sum / Count;

    /// <summary>Compares averages exactly (as fractions), so equal averages from different counts tie.</summary>
    public int CompareAverage(StageEmotion other) => ((long)Sum * other.Count).CompareTo((long)other.Sum * Count);
}

/// <summary>
/// The emotion curve of one segment: the spread of scores per stage, and the key pain point — the stage (or the
/// stages, on a tie) with the lowest average. Without contrast there is none: no scores, a single scored stage, or
/// every scored stage at the same average.
/// </summary>
public sealed record EmotionCurve(IReadOnlyList<StageEmotion> Stages, IReadOnlySet<int> KeyPainStages)
{
    public bool HasScores => Stages.Any(stage => stage.HasScores);

    public static EmotionCurve For(WorkshopSnapshot workshop, string segmentId)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var stages = new List<StageEmotion>(workshop.Frame.Stages.Count);
        for (var stage = 0; stage < workshop.Frame.Stages.Count; stage++)
        {
            var scores = workshop.Answers
                .Where(answer => answer.SegmentId == segmentId && answer.StageIndex == stage && answer.Score is not null)
                .Select(answer => answer.Score!.Value)
                .ToList();
            stages.Add(scores.Count == 0
                ? new StageEmotion(stage, 0, 0, 0, 0)
                : new StageEmotion(stage, scores.Count, scores.Min(), scores.Max(), scores.Sum()));
        }

        var scored = stages.Where(stage => stage.HasScores).ToList();
        var lowest = scored.Count == 0 ? null : scored.Aggregate((low, stage) => stage.CompareAverage(low) < 0 ? stage : low);
        var keyPains = lowest is null
            ? []
            : scored.Where(stage => stage.CompareAverage(lowest) == 0).Select(stage => stage.StageIndex).ToHashSet();

        // A flat curve (one scored stage, or all at the same average) has no low point to point at.
        return new EmotionCurve(stages, keyPains.Count == scored.Count ? new HashSet<int>() : keyPains);
    }
}
