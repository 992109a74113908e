using System.Globalization;
using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

public static class BlindTexts
{
    public static BlindText English { get; } = new()
    {
        Language = Language.En,
        QuestionBlind = (lane, stage) => $"🙈 **{lane} · {stage}** now runs blind.",
        StageBlind = (stage, segment) => $"🙈 The stage **{stage}** ({segment}) now runs blind: every question of it.",
        HowItWorks = "Answers are recorded but shown to nobody (not on the map, not by name) until a facilitator presses **Reveal** "
            + "or types **reveal**. Answer on the question card: a message typed in the chat is seen by everyone.",
        AlreadyBlind = "This already runs blind; **reveal** shows its answers.",
        NothingBlind = "Nothing runs blind now. **blind** hides the current question's answers until you reveal them; **blind stage** hides the whole stage's.",
        AtEnd = "Every question has been asked, so there is no current question to run blind.",
        Revealed = count => count switch
        {
            0 => "👀 Revealed. Nobody had answered in the blind round.",
            1 => "👀 Revealed: 1 answer is on the map now.",
            _ => $"👀 Revealed: {Count(count)} answers are on the map now.",
        },
        TypedAnswerVisible = "🙈 This question runs blind, but a message typed in the chat is visible to everyone, so I cannot hide it. "
            + "It is recorded. Next time please answer on the question card: nobody else sees what you send there.",
        CardNote = "🙈 Blind round: answers are hidden until a facilitator presses Reveal. Answer here on the card; a message typed in the chat is seen by everyone.",
        RecordedHidden = "✓ Recorded. Hidden from everyone until the reveal.",
        MapHidden = count => count == 1 ? "🙈 1 answer is hidden in a blind round until the reveal." : $"🙈 {Count(count)} answers are hidden in blind rounds until the reveal.",
        RevealButton = "Reveal",
        SetupLabel = "Blind rounds",
        SetupToggle = "Run each stage blind: answers hidden until a facilitator reveals them",
    };

    public static BlindText Russian { get; } = new()
    {
        Language = Language.Ru,
        QuestionBlind = (lane, stage) => $"🙈 **{lane} · {stage}**: теперь вслепую.",
        StageBlind = (stage, segment) => $"🙈 Этап **{stage}** ({segment}) теперь идёт вслепую: все его вопросы.",
        HowItWorks = "Ответы записываются, но их не видит никто (ни на карте, ни по именам), пока ведущий не нажмёт **Открыть ответы** "
            + "или не напишет **раскрыть**. Отвечайте в карточке вопроса: сообщение, написанное в чате, видят все.",
        AlreadyBlind = "Это уже идёт вслепую; **раскрыть** покажет ответы.",
        NothingBlind = "Сейчас ничего не идёт вслепую. **вслепую** скрывает ответы на текущий вопрос до раскрытия; **вслепую этап** — ответы всего этапа.",
        AtEnd = "Все вопросы уже заданы, так что текущего вопроса, который можно провести вслепую, нет.",
        Revealed = count => count == 0
            ? "👀 Ответы раскрыты. Вслепую никто не ответил."
            : $"👀 Ответы раскрыты: {Count(count)} {RussianNouns.Plural(count, "ответ теперь", "ответа теперь", "ответов теперь")} на карте.",
        TypedAnswerVisible = "🙈 Этот вопрос идёт вслепую, но сообщение в чате видят все, и скрыть его я не могу. "
            + "Ответ записан. В следующий раз, пожалуйста, отвечайте в карточке вопроса: там ваш ответ не видит никто другой.",
        CardNote = "🙈 Вслепую: ответы скрыты, пока ведущий не нажмёт «Открыть ответы». Отвечайте здесь, в карточке; сообщение в чате видят все.",
        RecordedHidden = "✓ Записано. Скрыто ото всех до раскрытия.",
        MapHidden = count => $"🙈 {Count(count)} {RussianNouns.Plural(count, "ответ скрыт", "ответа скрыто", "ответов скрыто")} вслепую до раскрытия.",
        RevealButton = "Открыть ответы",
        SetupLabel = "Вслепую",
        SetupToggle = "Проводить каждый этап вслепую: ответы скрыты, пока ведущий их не раскроет",
    };

    public static BlindText For(Language language) => language == Language.Ru ? Russian : English;

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
