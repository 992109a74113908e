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
        PersonalChatOnly = "This works only in your personal chat with me, where your own data stays between us: open it and type the command there.",
        ForgetUsage = "Type **forget me** to remove everything you said in this bot's workshops.",
        FormerParticipant = "former participant",
        ForgetParticipantQuestion = (name, title) =>
            $"Forget **{name}** in “{title}”? Their answers, insights, edits, conclusions and invitation in this workshop are removed; their votes stay " +
            "only as anonymous counts, and action items they own stay with \"former participant\". The map is redrawn without them, and they are told in " +
            "their personal chat. This cannot be undone.",
        MyDataLinks = (workshops, json, markdown, until) =>
            $"📦 Everything you said in {workshops} {(workshops == 1 ? "workshop" : "workshops")} of this bot: [JSON]({json}) · [Markdown]({markdown}). " +
            $"The links work until {until}; whoever holds them can download the file, so keep them to yourself.",
        MyDataNothing = "📦 No workshop of this bot holds anything of yours.",
        MyDataUsage = "Type **my data** to get everything you said in this bot's workshops as a file.",
        ForgetParticipantButton = "Forget them",
        KeepParticipantButton = "Keep",
        ParticipantForgotten = name => $"🧹 {name} is forgotten in this workshop. Removed or anonymised:",
        ParticipantKept = name => $"Nothing of {name} was forgotten.",
        ParticipantTold = name => $"{name} was told in their personal chat.",
        ParticipantNotTold = name => $"{name} could not be told in a personal chat (the app is not installed for them).",
        ForgottenByFacilitator = title => $"🧹 A facilitator of “{title}” removed everything you said in that workshop: your answers, insights, edits, conclusions and invitation; your votes stay only as anonymous counts.",
        FacilitatorNotForgotten = name => $"{name} runs this workshop as a facilitator, so they are not forgotten in it. They can type **forget me** in their personal chat with me.",
        ForgetParticipantUsage = "Name one person: **forget @name** removes them from this workshop (facilitators). For yourself, type **forget me** in your personal chat with me.",
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
        PersonalChatOnly = "Это работает только в вашем личном чате со мной, где ваши данные остаются между нами: откройте его и напишите команду там.",
        ForgetUsage = "Напишите **забудь меня**, чтобы удалить всё, что вы сказали в воркшопах этого бота.",
        FormerParticipant = "бывший участник",
        ForgetParticipantQuestion = (name, title) =>
            $"Забыть **{name}** в «{title}»? Ответы, инсайты, правки, выводы и приглашение этого человека в воркшопе будут удалены; голоса " +
            "останутся только как анонимные числа, а задачи, назначенные ему, — за «бывшим участником». Карта перерисуется без него, а ему " +
            "напишут в личный чат. Отменить это нельзя.",
        MyDataLinks = (workshops, json, markdown, until) =>
            $"📦 Всё, что вы сказали в {workshops} {RussianNouns.Plural(workshops, "воркшопе", "воркшопах", "воркшопах")} этого бота: [JSON]({json}) · [Markdown]({markdown}). " +
            $"Ссылки действуют до {until}; скачать файл может любой, у кого они есть, поэтому не пересылайте их.",
        MyDataNothing = "📦 Ни в одном воркшопе этого бота нет ничего вашего.",
        MyDataUsage = "Напишите **мои данные**, чтобы получить всё, что вы сказали в воркшопах этого бота, файлом.",
        ForgetParticipantButton = "Забыть",
        KeepParticipantButton = "Оставить",
        ParticipantForgotten = name => $"🧹 {name} забыт(а) в этом воркшопе. Удалено или обезличено:",
        ParticipantKept = name => $"Ничего о {name} не забыто.",
        ParticipantTold = name => $"{name} получил(а) сообщение в личном чате.",
        ParticipantNotTold = name => $"{name} не удалось написать в личный чат (приложение у него не установлено).",
        ForgottenByFacilitator = title => $"🧹 Ведущий воркшопа «{title}» удалил всё, что вы в нём сказали: ответы, инсайты, правки, выводы и приглашение; ваши голоса остались только как анонимные числа.",
        FacilitatorNotForgotten = name => $"{name} ведёт этот воркшоп, поэтому в нём не забывается; забыть себя можно командой **забудь меня** в личном чате со мной.",
        ForgetParticipantUsage = "Назовите одного человека: **забудь @имя** удалит его из этого воркшопа (ведущие). Чтобы забыть себя, напишите **забудь меня** в личном чате со мной.",
    };
}
