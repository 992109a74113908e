using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;

namespace CjmBot.Workshops.Themes;

/// <summary>A theme proposed for a lane: a short label taken from its answers' own words, and the answers it holds.</summary>
public sealed record AnswerTheme(string Label, IReadOnlyList<Answer> Answers)
{
    public int Count => Answers.Count;
}

/// <summary>An answer given after the themes were accepted, which reads like one of them (for the facilitator to accept).</summary>
public sealed record ThemeSuggestion(Answer Answer, AcceptedTheme Theme);

/// <summary>
/// One segment's themes for a lane: the accepted ones (stored), answers suggested into them, and themes proposed for the
/// answers in neither (<see cref="Themes"/>, largest first). Before acceptance only <see cref="Themes"/> holds anything.
/// </summary>
public sealed record SegmentThemes(Segment Segment, IReadOnlyList<AnswerTheme> Themes)
{
    public IReadOnlyList<AcceptedTheme> Accepted { get; init; } = [];

    public IReadOnlyList<ThemeSuggestion> Suggestions { get; init; } = [];

    /// <summary>The id of the stored record the arrangement stands on (empty: none yet); a card click must name it.</summary>
    public string Version { get; init; } = "";

    public int AnswerCount => Themes.Sum(theme => theme.Count) + Accepted.Sum(theme => theme.Count) + Suggestions.Count;

    public bool HasAccepted => Accepted.Count > 0;

    /// <summary>Every answer of the lane in this segment, accepted first, then suggested, then proposed.</summary>
    public IEnumerable<Answer> AllAnswers =>
        Accepted.SelectMany(theme => theme.Answers).Concat(Suggestions.Select(s => s.Answer)).Concat(Themes.SelectMany(theme => theme.Answers));
}
