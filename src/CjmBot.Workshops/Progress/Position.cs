namespace CjmBot.Workshops.Progress;

/// <summary>Where the live session stands: segment, stage and question, all zero-based.</summary>
public readonly record struct Position(int Segment, int Stage, int Question)
{
    public static Position Start { get; } = new(0, 0, 0);
}
