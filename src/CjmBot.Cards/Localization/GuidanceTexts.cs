using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

public static class GuidanceTexts
{
    public static GuidanceText English { get; } = new()
    {
        Language = Language.En,
        DidYouMean = command => $"Did you mean **{command}**?",
        NotRecordedYet = text => $"{text} is not recorded as an answer unless you say so.",
        RunCommandButton = command => $"Yes, {command}",
        RecordAsAnswerButton = "No, record it as my answer",
        Running = command => $"✓ {command}",
        ScoreMissing = (min, max) => $"An emotions answer needs a score from {min} to +{max}, so nothing was recorded yet.",
        WhichScore = "Which score goes with your answer?",
        NextStepsNote = "Every stage of every segment is done; answers and insights are still welcome. "
            + "Next, for facilitators: vote on the solutions, turn the top ones into action items, ask for conclusions, export.",
        VoteButton = "1. Vote",
        ActionsButton = "2. Action items",
        ConcludeButton = "3. Conclusions",
        ExportButton = "4. Export",
        MapButton = "Map",
        ShowQuestionButton = "Show the current question",
        EarlierQuestionNote = "An earlier question: the session has moved on (its current question is further down).",
    };

    public static GuidanceText Russian { get; } = new()
    {
        Language = Language.Ru,
        DidYouMean = command => $"Вы имели в виду **{command}**?",
        NotRecordedYet = text => $"{text} не записано как ответ, пока вы этого не подтвердите.",
        RunCommandButton = command => $"Да, {command}",
        RecordAsAnswerButton = "Нет, записать как мой ответ",
        Running = command => $"✓ {command}",
        ScoreMissing = (min, max) => $"Ответу об эмоциях нужна оценка от {min} до +{max}, поэтому пока ничего не записано.",
        WhichScore = "Какая оценка у вашего ответа?",
        NextStepsNote = "Все этапы всех сегментов пройдены; ответы и инсайты по-прежнему принимаются. "
            + "Дальше для ведущих: голосование за решения, задачи из лучших, выводы, экспорт.",
        VoteButton = "1. Голосование",
        ActionsButton = "2. Задачи",
        ConcludeButton = "3. Выводы",
        ExportButton = "4. Экспорт",
        MapButton = "Карта",
        ShowQuestionButton = "Показать текущий вопрос",
        EarlierQuestionNote = "Это более ранний вопрос: воркшоп уже ушёл дальше (текущий вопрос — ниже).",
    };
}
