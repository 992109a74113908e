using System.Collections.Frozen;
using CjmBot.Workshops.Questions;

namespace CjmBot.Bot.Commands;

/// <summary>The words that name a lane after <c>themes</c> / <c>темы</c>, in both languages whatever the workshop's.</summary>
public static class ThemeLanes
{
    private static readonly FrozenDictionary<string, QuestionKey> ByWord = new Dictionary<string, QuestionKey>(StringComparer.OrdinalIgnoreCase)
    {
        ["barriers"] = QuestionKey.Barriers, ["barrier"] = QuestionKey.Barriers, ["барьеры"] = QuestionKey.Barriers, ["барьер"] = QuestionKey.Barriers,
        ["solutions"] = QuestionKey.Solutions, ["solution"] = QuestionKey.Solutions, ["решения"] = QuestionKey.Solutions, ["решение"] = QuestionKey.Solutions,
        ["goal"] = QuestionKey.Goal, ["goals"] = QuestionKey.Goal, ["цель"] = QuestionKey.Goal, ["цели"] = QuestionKey.Goal,
        ["touchpoints"] = QuestionKey.Touchpoints, ["touchpoint"] = QuestionKey.Touchpoints, ["точки касания"] = QuestionKey.Touchpoints, ["касания"] = QuestionKey.Touchpoints,
        ["emotions"] = QuestionKey.Emotions, ["emotion"] = QuestionKey.Emotions, ["эмоции"] = QuestionKey.Emotions, ["эмоция"] = QuestionKey.Emotions,
        ["channels"] = QuestionKey.Channels, ["channel"] = QuestionKey.Channels, ["каналы"] = QuestionKey.Channels, ["канал"] = QuestionKey.Channels,
        ["kpi"] = QuestionKey.Kpi, ["кпи"] = QuestionKey.Kpi,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every lane word (the parser takes <c>themes</c> followed by anything else as an answer).</summary>
    public static IReadOnlySet<string> Words { get; } = ByWord.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lane an argument names; barriers when there is none.</summary>
    public static QuestionKey? Parse(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var word = string.Join(' ', argument.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return word.Length == 0 ? QuestionKey.Barriers : ByWord.TryGetValue(word, out var lane) ? lane : null;
    }
}
