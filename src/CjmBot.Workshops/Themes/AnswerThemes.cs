using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;

namespace CjmBot.Workshops.Themes;

/// <summary>A theme proposed for a lane: a short label taken from its answers' own words, and the answers it holds.</summary>
public sealed record AnswerTheme(string Label, IReadOnlyList<Answer> Answers)
{
    public int Count => Answers.Count;
}

/// <summary>One segment's themes for a lane, largest first; empty when the segment has no answers in that lane yet.</summary>
public sealed record SegmentThemes(Segment Segment, IReadOnlyList<AnswerTheme> Themes)
{
    public int AnswerCount => Themes.Sum(theme => theme.Count);
}
