using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;

namespace CjmBot.Application.UseCases.Contributions;

/// <summary>Which question an answer is for: a segment (by id), a stage (zero-based) and a question.</summary>
public sealed record AnswerTarget(string SegmentId, int Stage, QuestionKey Question)
{
    /// <summary>The question the session is at.</summary>
    public static AnswerTarget Current(WorkshopHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var position = head.Progress.Position;
        return new(head.Frame.Segments[position.Segment].Id, position.Stage, head.Frame.Questions[position.Question]);
    }

    /// <summary>Where this target is in the session, or null when the workshop has no such segment, stage or question.</summary>
    public Position? PositionIn(WorkshopHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var segment = head.Frame.Segments.ToList().FindIndex(s => s.Id == SegmentId);
        var question = head.Frame.Questions.ToList().IndexOf(Question);
        return segment < 0 || Stage < 0 || Stage >= head.Frame.Stages.Count || question < 0 ? null : new Position(segment, Stage, question);
    }
}
