using CjmBot.Workshops.Questions;

namespace CjmBot.Export.Model;

/// <summary>One segment's map: its persona, its stages and the insights noted against it.</summary>
internal sealed record SegmentView(string Name, string Portrait, IReadOnlyList<StageView> Stages, IReadOnlyList<InsightView> Insights)
{
    /// <summary>The lanes with accepted themes: each answer under its theme, the rest last ("not in a theme").</summary>
    public IReadOnlyList<ThemeLaneView> Themes { get; init; } = [];
}

/// <summary>One lane's accepted themes in a segment, ranked by votes, then answers; <see cref="Unthemed"/> holds the rest.</summary>
internal sealed record ThemeLaneView(string Lane, IReadOnlyList<ThemeView> Themes, IReadOnlyList<ThemedAnswerView> Unthemed);

/// <summary>An accepted theme: its label, its answers (with their stage) and the votes on them.</summary>
internal sealed record ThemeView(string Label, int Votes, IReadOnlyList<ThemedAnswerView> Answers);

internal sealed record ThemedAnswerView(string Stage, AnswerView Answer);

/// <summary>One column of the map: every lane's answers at this stage and the emotion scores given here.</summary>
internal sealed record StageView(int Index, string Name, IReadOnlyList<LaneView> Lanes, EmotionSummary? Emotion);

/// <summary>One row of the map (a question) at one stage.</summary>
internal sealed record LaneView(QuestionKey Question, string Name, IReadOnlyList<AnswerView> Answers);

/// <summary>An answer as exports show it. <see cref="Author"/> is null when the workshop is anonymous.</summary>
internal sealed record AnswerView(string Text, string? Author, int? Score, string? Source, int Votes = 0, int? Rank = null)
{
    /// <summary>Given asynchronously, in a personal chat with the bot (the map marks these too).</summary>
    public bool InPersonalChat { get; init; }

    /// <summary>Rank and votes in words (<c>#1 · ● 3 votes</c>), or null when the answer got no votes.</summary>
    public string? Ranking { get; init; }

    /// <summary>The accepted theme the answer belongs to, if any.</summary>
    public string? Theme { get; init; }

    /// <summary>That theme's id (two themes may carry the same label).</summary>
    public string? ThemeId { get; init; }
}

/// <summary>An insight as exports show it; no stage when it was noted for the segment or the map as a whole.</summary>
internal sealed record InsightView(string? Stage, string Text, string? Author);

/// <summary>The lowest, mean and highest emotion score at one stage.</summary>
internal sealed record EmotionSummary(int Min, double Average, int Max, int Count);

/// <summary>One answer as a flat row (CSV and the Answers sheet): everything already in words, score left numeric.</summary>
internal sealed record AnswerRow(string Segment, string Stage, string Question, string Author, int? Score, string Source, string AnsweredIn, int Votes, string Time, string Text)
{
    /// <summary>The accepted theme of the answer; empty when none (and for insights and decisions).</summary>
    public string Theme { get; init; } = "";
}
