using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Async;

/// <summary>One question of a contributor's sequence: segment, stage and question.</summary>
public sealed record AsyncQuestion(string SegmentId, int Stage, QuestionKey Question)
{
    /// <summary>Compact form kept in the contributor's dialog state.</summary>
    public string Encode() => $"{SegmentId}|{Stage.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{Question}";

    public static AsyncQuestion? Decode(string? value)
    {
        var parts = value?.Split('|');
        return parts is { Length: 3 }
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var stage)
            && Enum.TryParse<QuestionKey>(parts[2], out var question)
            ? new AsyncQuestion(parts[0], stage, question)
            : null;
    }

    /// <summary>
    /// The questions still open for one contributor: every segment, the stages of their role (all stages without
    /// one), every question, in the live session's order, minus what they have already answered.
    /// </summary>
    public static IReadOnlyList<AsyncQuestion> OpenFor(WorkshopSnapshot workshop, string participantId, IReadOnlyList<int>? roleStages)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var frame = workshop.Frame;
        // Their own answers, hidden in a blind round or not: what they gave is not asked again.
        var answered = workshop.RecordedAnswers
            .Where(answer => answer.Author.Id == participantId)
            .Select(answer => new AsyncQuestion(answer.SegmentId, answer.StageIndex, answer.Question))
            .ToHashSet();
        var stages = roleStages is { Count: > 0 }
            ? roleStages.Where(stage => stage >= 0 && stage < frame.Stages.Count).Distinct().Order().ToList()
            : Enumerable.Range(0, frame.Stages.Count).ToList();
        return [.. from segment in frame.Segments
                   from stage in stages
                   from question in frame.Questions
                   let item = new AsyncQuestion(segment.Id, stage, question)
                   where !answered.Contains(item)
                   select item];
    }

    /// <summary>What a contributor gave asynchronously, in the order they gave it.</summary>
    public static IReadOnlyList<Answer> GivenBy(WorkshopSnapshot workshop, string participantId) =>
        [.. workshop.RecordedAnswers.Where(answer => answer.IsAsync && answer.Author.Id == participantId).OrderBy(answer => answer.At)];
}
