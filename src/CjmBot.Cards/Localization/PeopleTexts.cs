using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;

namespace CjmBot.Cards.Localization;

public static class PeopleTexts
{
    public static PeopleText English { get; } = new()
    {
        Language = Language.En,
        ForgetQuestion = workshops =>
            $"Forget everything you said? In {workshops} {(workshops == 1 ? "workshop" : "workshops")} of this bot your answers, insights, edits, " +
            "conclusions and invitations are removed; your votes stay only as anonymous counts, and action items you own stay with " +
            "\"former participant\". The maps are redrawn without you. This cannot be undone.",
        ForgetButton = "Forget me",
        KeepButton = "Keep my data",
        ForgetCancelled = "Nothing was forgotten.",
        ForgetStale = "This confirmation is out of date or was used already. Nothing changed.",
        Forgotten = workshops => $"🧹 You are forgotten in {workshops} {(workshops == 1 ? "workshop" : "workshops")}. Removed or anonymised:",
        NothingToForget = "🧹 Done: no workshop held anything of yours.",
        ContributionsRemoved = kind => kind switch
        {
            ContributionKind.Answer => "answers removed",
            ContributionKind.Insight => "insights removed",
            ContributionKind.Edit => "edits removed",
            _ => "withdrawals removed",
        },
        ConclusionsRemoved = "conclusions removed",
        InvitationsRemoved = "invitations removed",
        BallotsKept = "ballots kept only as anonymous counts",
        ActionItemsKept = "action items now held by a former participant",
        OtherItemsRemoved = "saved bot state and card records removed",
        PersonalChatOnly = "This works only in your personal chat with me: open it and type **forget me** there.",
        ForgetUsage = "Type **forget me** to remove everything you said in this bot's workshops.",
        FormerParticipant = "former participant",
    };

    public static PeopleText Russian { get; } = new()
    {
        Language = Language.Ru,
        ForgetQuestion = workshops =>
            $"Забыть всё, что вы сказали? В {workshops} {RussianNouns.Plural(workshops, "воркшопе", "воркшопах", "воркшопах")} этого бота будут удалены ваши ответы, " +
            "инсайты, правки, выводы и приглашения; ваши голоса останутся только как анонимные числа, а задачи, назначенные вам, " +
            "останутся за «бывшим участником». Карты перерисуются без вас. Отменить это нельзя.",
        ForgetButton = "Забыть меня",
        KeepButton = "Оставить мои данные",
        ForgetCancelled = "Ничего не забыто.",
        ForgetStale = "Это подтверждение устарело или уже использовано. Ничего не изменилось.",
        Forgotten = workshops => $"🧹 Вы забыты в {workshops} {RussianNouns.Plural(workshops, "воркшопе", "воркшопах", "воркшопах")}. Удалено или обезличено:",
        NothingToForget = "🧹 Готово: ни в одном воркшопе не было ничего вашего.",
        ContributionsRemoved = kind => kind switch
        {
            ContributionKind.Answer => "удалено ответов",
            ContributionKind.Insight => "удалено инсайтов",
            ContributionKind.Edit => "удалено правок",
            _ => "удалено отзывов ответов",
        },
        ConclusionsRemoved = "удалено выводов",
        InvitationsRemoved = "удалено приглашений",
        BallotsKept = "бюллетеней осталось только анонимными числами",
        ActionItemsKept = "задач теперь за бывшим участником",
        OtherItemsRemoved = "удалено записей бота о состоянии и карточках",
        PersonalChatOnly = "Это работает только в вашем личном чате со мной: откройте его и напишите там **забудь меня**.",
        ForgetUsage = "Напишите **забудь меня**, чтобы удалить всё, что вы сказали в воркшопах этого бота.",
        FormerParticipant = "бывший участник",
    };
}
