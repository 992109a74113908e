using System.Globalization;
using CjmBot.Cards.Submissions;
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
        AcceptedIntro = "Accepted themes are saved. New answers that read like one are suggested into it; the rest are proposed as new themes.",
        AcceptTheme = label => $"Accept “{label}”",
        AcceptAll = "Accept all",
        AcceptSuggested = "Accept suggestions",
        SuggestedHeading = "New answers that read like an accepted theme:",
        Suggested = (answer, theme) => $"• {answer} — suggested: {theme}",
        ProposedHeading = "Not in a theme yet, proposed:",
        ThemeInput = "Theme",
        LabelInput = "New name",
        IntoInput = "Merge it into",
        AnswerInput = "Answer",
        TargetInput = "Move it to",
        Rename = "Rename",
        Merge = "Merge",
        Move = "Move",
        Split = "Split off",
        Reset = "Back to the proposal",
        Done = action => action switch
        {
            ThemeAction.AcceptAll => "✓ Themes accepted and saved.",
            ThemeAction.AcceptOne => "✓ Theme accepted and saved.",
            ThemeAction.AcceptSuggested => "✓ Suggestions accepted.",
            ThemeAction.Rename => "✓ Theme renamed.",
            ThemeAction.Merge => "✓ Themes merged.",
            ThemeAction.Move => "✓ Answer moved.",
            ThemeAction.Split => "✓ Answer split off into a theme of its own.",
            _ => "↩ Back to the proposal: nothing is accepted in this segment now.",
        },
        OutOfDate = "The themes changed since this card was drawn; here they are as they stand now. Nothing was changed.",
        LabelEmpty = "Type the new name first. Nothing was changed.",
        LabelTooLong = max => $"A theme's name can be at most {Count(max)} characters. Nothing was changed.",
        NotFound = "That theme or answer is not there any more. Nothing was changed.",
        SameTheme = "It is already there. Nothing was changed.",
        NothingToAccept = "There is nothing left to accept. Nothing was changed.",
        NothingToReset = "Nothing is accepted in this segment yet, so there is nothing to reset.",
        VotingIntro = budget => $"You have {Count(budget)} {(budget == 1 ? "vote" : "votes")} for this segment. Put them on the themes that matter most; several on one theme are fine. You can change them until the facilitator closes voting.",
        VotingOpened = budget => $"🗳 Dot-voting on themes is open: {Count(budget)} {(budget == 1 ? "vote" : "votes")} per person per segment. Your votes are never shown with your name.",
        NothingToVoteOn = "No segment has accepted barrier or solution themes yet, so there are no themes to vote on. Accept themes first (`themes`, `themes solutions`), or type `vote` to vote on the answers.",
        BallotLane = lane => $"{lane} · theme: ",
        LabelWithCount = (label, count) => $"{label} ({Count(count)})",
        Ranked = (answers, votes) => $"{Count(answers)} {(answers == 1 ? "answer" : "answers")}" + (votes > 0 ? $", {Count(votes)} {(votes == 1 ? "vote" : "votes")}" : ""),
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
        AcceptedIntro = "Принятые темы сохранены. Новые ответы, похожие на одну из них, предлагаются в неё; остальные собраны в новые темы.",
        AcceptTheme = label => $"Принять «{label}»",
        AcceptAll = "Принять все",
        AcceptSuggested = "Принять подсказки",
        SuggestedHeading = "Новые ответы, похожие на принятую тему:",
        Suggested = (answer, theme) => $"• {answer} — предлагается: {theme}",
        ProposedHeading = "Пока без темы, предложено:",
        ThemeInput = "Тема",
        LabelInput = "Новое название",
        IntoInput = "Объединить с",
        AnswerInput = "Ответ",
        TargetInput = "Перенести в",
        Rename = "Переименовать",
        Merge = "Объединить",
        Move = "Перенести",
        Split = "Отделить",
        Reset = "Вернуться к предложению",
        Done = action => action switch
        {
            ThemeAction.AcceptAll => "✓ Темы приняты и сохранены.",
            ThemeAction.AcceptOne => "✓ Тема принята и сохранена.",
            ThemeAction.AcceptSuggested => "✓ Подсказки приняты.",
            ThemeAction.Rename => "✓ Тема переименована.",
            ThemeAction.Merge => "✓ Темы объединены.",
            ThemeAction.Move => "✓ Ответ перенесён.",
            ThemeAction.Split => "✓ Ответ отделён в собственную тему.",
            _ => "↩ Снова предложение: в этом сегменте пока ничего не принято.",
        },
        OutOfDate = "Темы изменились с тех пор, как была показана эта карточка; вот они сейчас. Ничего не изменено.",
        LabelEmpty = "Сначала введите новое название. Ничего не изменено.",
        LabelTooLong = max => $"Название темы — не длиннее {Count(max)} символов. Ничего не изменено.",
        NotFound = "Этой темы или этого ответа больше нет. Ничего не изменено.",
        SameTheme = "Он уже там. Ничего не изменено.",
        NothingToAccept = "Принимать больше нечего. Ничего не изменено.",
        NothingToReset = "В этом сегменте пока ничего не принято, сбрасывать нечего.",
        VotingIntro = budget => $"У вас {Count(budget)} {RussianNouns.Plural(budget, "голос", "голоса", "голосов")} в этом сегменте. Отдайте их темам, которые важнее всего; можно несколько за одну тему. Голоса можно менять, пока ведущий не закроет голосование.",
        VotingOpened = budget => $"🗳 Голосование точками по темам открыто: {Count(budget)} {RussianNouns.Plural(budget, "голос", "голоса", "голосов")} на человека в каждом сегменте. Ваши голоса никогда не показываются с вашим именем.",
        NothingToVoteOn = "Ни в одном сегменте пока нет принятых тем барьеров или решений, так что голосовать по темам не за что. Сначала примите темы (`темы`, `темы решения`) или напишите `голосование`, чтобы голосовать за ответы.",
        BallotLane = lane => $"{lane} · тема: ",
        LabelWithCount = (label, count) => $"{label} ({Count(count)})",
        Ranked = (answers, votes) => $"{Count(answers)} {RussianNouns.Plural(answers, "ответ", "ответа", "ответов")}"
            + (votes > 0 ? $", {Count(votes)} {RussianNouns.Plural(votes, "голос", "голоса", "голосов")}" : ""),
    };

    public static ThemeText For(Language language) => language == Language.Ru ? Russian : English;

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
