using System.Globalization;
using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

public static class ThemeTexts
{
    public static ThemeText English { get; } = new()
    {
        Language = Language.En,
        Heading = lane => $"Themes · {lane}",
        Intro = "Proposed from the answers so far, across all stages, by grouping answers that say the same thing. Nothing is saved.",
        SegmentHeading = (segment, answers, themes) =>
            $"{segment}: {Count(answers)} {(answers == 1 ? "answer" : "answers")} in {Count(themes)} {(themes == 1 ? "theme" : "themes")}",
        Answers = count => $"{Count(count)} {(count == 1 ? "answer" : "answers")}",
        MoreAnswers = count => $"+{Count(count)} more",
        MoreThemes = count => $"+{Count(count)} more {(count == 1 ? "theme" : "themes")}",
        NoAnswersInSegment = "No answers in this lane yet.",
        NoAnswers = lane => $"There are no answers in “{lane}” yet, so there are no themes to propose. Ask again once the group has answered.",
        Usage = "`themes` groups a lane's answers into themes: `themes barriers` (the default), `themes solutions`, or another lane: goal, touchpoints, emotions, channels, kpi.",
    };

    public static ThemeText Russian { get; } = new()
    {
        Language = Language.Ru,
        Heading = lane => $"Темы · {lane}",
        Intro = "Предложены по ответам на сейчас, по всем этапам: ответы об одном и том же собраны вместе. Ничего не сохранено.",
        SegmentHeading = (segment, answers, themes) =>
            $"{segment}: {Count(answers)} {RussianNouns.Plural(answers, "ответ", "ответа", "ответов")} в {Count(themes)} {RussianNouns.Plural(themes, "теме", "темах", "темах")}",
        Answers = count => $"{Count(count)} {RussianNouns.Plural(count, "ответ", "ответа", "ответов")}",
        MoreAnswers = count => $"+ещё {Count(count)}",
        MoreThemes = count => $"+ещё {Count(count)} {RussianNouns.Plural(count, "тема", "темы", "тем")}",
        NoAnswersInSegment = "В этой колонке пока нет ответов.",
        NoAnswers = lane => $"В колонке «{lane}» пока нет ответов, так что предложить темы не из чего. Попросите снова, когда группа ответит.",
        Usage = "`темы` собирает ответы колонки в темы: `темы барьеры` (по умолчанию), `темы решения` или другая колонка: цель, точки касания, эмоции, каналы, kpi.",
    };

    public static ThemeText For(Language language) => language == Language.Ru ? Russian : English;

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
