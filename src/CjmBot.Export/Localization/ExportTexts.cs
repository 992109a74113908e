using System.Globalization;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;

namespace CjmBot.Export.Localization;

/// <summary>The export wording in English and Russian (kept here, not in Cards: exports are a layer of their own).</summary>
public static class ExportTexts
{
    public static ExportText English { get; } = new()
    {
        Language = Language.En,
        MapHeading = "Customer journey map",
        ProductLabel = "Product",
        GoalLabel = "Goal",
        MapTypeLabel = "Map type",
        SegmentLabel = "Segment",
        PersonaLabel = "Persona",
        StageLabel = "Stage",
        QuestionLabel = "Question",
        AuthorLabel = "Author",
        ScoreLabel = "Score",
        SourceLabel = "Source",
        AnsweredInLabel = "Answered in",
        WorkshopChat = "workshop chat",
        PersonalChat = "personal chat",
        VotesLabel = "Votes",
        TimeLabel = "Time (UTC)",
        TextLabel = "Text",
        ThemeLabel = "Theme",
        ThemesHeading = lane => $"Themes · {lane}",
        NoTheme = "Not in a theme",
        ThemeHeading = (label, answers, votes) =>
            $"{label} — {answers} {(answers == 1 ? "answer" : "answers")}" + (votes > 0 ? $", {votes} {(votes == 1 ? "vote" : "votes")}" : ""),
        Anonymous = "anonymous",
        NoAnswers = "no answers",
        EmotionLabel = "Emotion",
        NoScores = "no scores",
        MinLabel = "min",
        AverageLabel = "avg",
        MaxLabel = "max",
        EmotionCurveHeading = "Emotion curve",
        EmotionCurveDescription = "Average emotion score per stage, from -2 (angry) to +2 (delighted); the band spans the lowest and highest score.",
        InsightsHeading = "Insights",
        GeneralInsightsHeading = "Insights for the whole map",
        InsightLabel = "Insight",
        AnswersSheetName = "Answers",
        StageOf = (number, count, name) => $"Stage {number}/{count}: {name}",
    };

    public static ExportText Russian { get; } = new()
    {
        Language = Language.Ru,
        MapHeading = "Карта пути клиента",
        ProductLabel = "Продукт",
        GoalLabel = "Цель",
        MapTypeLabel = "Тип карты",
        SegmentLabel = "Сегмент",
        PersonaLabel = "Персона",
        StageLabel = "Этап",
        QuestionLabel = "Вопрос",
        AuthorLabel = "Автор",
        ScoreLabel = "Оценка",
        SourceLabel = "Источник",
        AnsweredInLabel = "Где ответили",
        WorkshopChat = "чат воркшопа",
        PersonalChat = "личный чат",
        VotesLabel = "Голоса",
        TimeLabel = "Время (UTC)",
        TextLabel = "Текст",
        ThemeLabel = "Тема",
        ThemesHeading = lane => $"Темы · {lane}",
        NoTheme = "Без темы",
        ThemeHeading = (label, answers, votes) =>
            $"{label} — {answers} {RussianNouns.Plural(answers, "ответ", "ответа", "ответов")}" + (votes > 0 ? $", {votes} {RussianNouns.Plural(votes, "голос", "голоса", "голосов")}" : ""),
        Anonymous = "аноним",
        NoAnswers = "ответов нет",
        EmotionLabel = "Эмоции",
        NoScores = "оценок нет",
        MinLabel = "мин",
        AverageLabel = "сред",
        MaxLabel = "макс",
        EmotionCurveHeading = "Кривая эмоций",
        EmotionCurveDescription = "Средняя оценка эмоций на каждом этапе, от -2 (злится) до +2 (в восторге); полоса — от самой низкой до самой высокой оценки.",
        InsightsHeading = "Инсайты",
        GeneralInsightsHeading = "Инсайты по всей карте",
        InsightLabel = "Инсайт",
        AnswersSheetName = "Ответы",
        StageOf = (number, count, name) => $"Этап {number}/{count}: {name}",
    };

    public static ExportText For(Language language) => language == Language.Ru ? Russian : English;

    /// <summary>The culture numbers are shown in for people (decimal comma in Russian).</summary>
    public static CultureInfo Culture(Language language) => CultureInfo.GetCultureInfo(language == Language.Ru ? "ru-RU" : "en-US");
}
