using System.Globalization;
using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

public static class AsyncTexts
{
    public static AsyncText English { get; } = new()
    {
        Language = Language.En,
        InvitationHeading = "Your view of the customer journey",
        ReminderHeading = "Reminder: your answers are still missing",
        InvitationIntro = (facilitator, title) => $"{facilitator} asks for what you know about our customers, for the journey map “{title}”. Answer here, at your own pace.",
        AnswerBy = at => $"Please answer by {at}.",
        NoDeadline = "No deadline: answer when you can.",
        WhatIsAsked = (count, stages) => $"{count} short questions about: {stages}.",
        HowItWorks = "Answer each question, or skip it; you can go back and stop at any time. At the end you see what you gave.",
        StartButton = "Start",
        LaterButton = "Later",
        SendButton = "Send",
        SkipButton = "Skip",
        BackButton = "Back",
        QuestionHeader = (title, number, total) => $"{title} · question {number} of {total}",
        TypeOrUseButtons = "Type your answer in the chat, or: skip, back, later.",
        SavedForLater = "Saved. Press **Start** on the invitation when you want to go on.",
        AlreadyAtFirst = "This is the first question.",
        SummaryHeading = (count, title) => $"Thank you! You gave {count.ToString(CultureInfo.InvariantCulture)} answers to “{title}”:",
        NothingGiven = title => $"Thank you! You skipped every question of “{title}”.",
        WindowClosed = title => $"The time for answers to “{title}” is over; thank you all the same.",
        NotInvited = "This is not your invitation, or it no longer exists.",
        InviteUsage = "Mention the people to invite: **invite @Name @Name** (optionally **as <role>**), or **invite all**.",
        NobodyToInvite = "There is nobody to invite.",
        Invited = names => $"✉ Invited in their personal chat: {names}.",
        NotInstalled = names => $"⚠ Could not reach {names}: the app is not installed for them. Ask them to add CjmBot, then invite them again.",
        AlreadyFinished = names => $"Already finished: {names}.",
        RoleUsage = "Name the role and its stages: **role support: 4, 5** (numbers or names of stages).",
        RoleSet = (role, stages) => $"Role **{role}** is asked about: {stages}.",
        UnknownRole = role => $"There is no role **{role}** yet: set it first with **role {role}: <stages>**.",
        DeadlineUsage = "Say when: **deadline 48h**, **deadline 30m**, **deadline 2d** or **deadline 2026-11-25 18:00** (your time zone where Teams tells it, else UTC).",
        DeadlineInPast = "That time has already passed; pick one in the future.",
        DeadlineSet = at => $"Deadline for personal-chat answers: {at}. I will remind those who have not finished 24 h and 1 h before.",
        WindowClosedNotice = (title, finished, invited) =>
            $"⏰ The time for personal-chat answers to **{title}** is over: {finished.ToString(CultureInfo.InvariantCulture)} of {invited.ToString(CultureInfo.InvariantCulture)} finished. Type **status** to see who.",
        StatusHeading = "Personal-chat contributors:",
        StatusDeadline = at => $"deadline {at}",
        StatusWindowClosed = "closed",
        StateInvited = "not finished yet",
        StateFinished = "finished",
        StateNotInstalled = "app not installed",
        AnswerCount = count => count == 1 ? "1 answer" : $"{count.ToString(CultureInfo.InvariantCulture)} answers",
        AsyncMark = " · in personal chat",
    };

    public static AsyncText Russian { get; } = new()
    {
        Language = Language.Ru,
        InvitationHeading = "Ваш взгляд на путь клиента",
        ReminderHeading = "Напоминание: ваших ответов пока нет",
        InvitationIntro = (facilitator, title) => $"{facilitator} просит рассказать, что вы знаете о наших клиентах, для карты пути «{title}». Отвечайте здесь, в удобном темпе.",
        AnswerBy = at => $"Ответьте, пожалуйста, до {at}.",
        NoDeadline = "Без срока: ответьте, когда сможете.",
        WhatIsAsked = (count, stages) => $"Коротких вопросов: {count.ToString(CultureInfo.InvariantCulture)}, об этапах: {stages}.",
        HowItWorks = "Ответьте на каждый вопрос или пропустите его; можно вернуться назад и остановиться в любой момент. В конце вы увидите свои ответы.",
        StartButton = "Начать",
        LaterButton = "Позже",
        SendButton = "Отправить",
        SkipButton = "Пропустить",
        BackButton = "Назад",
        QuestionHeader = (title, number, total) => $"{title} · вопрос {number} из {total}",
        TypeOrUseButtons = "Напишите ответ в чат или: пропустить, назад, позже.",
        SavedForLater = "Сохранено. Нажмите **Начать** в приглашении, когда захотите продолжить.",
        AlreadyAtFirst = "Это первый вопрос.",
        SummaryHeading = (count, title) => $"Спасибо! Ваших ответов для «{title}»: {count.ToString(CultureInfo.InvariantCulture)}:",
        NothingGiven = title => $"Спасибо! Вы пропустили все вопросы «{title}».",
        WindowClosed = title => $"Время ответов для «{title}» вышло; всё равно спасибо.",
        NotInvited = "Это не ваше приглашение, или его больше нет.",
        InviteUsage = "Упомяните, кого пригласить: **пригласить @Имя @Имя** (можно **как <роль>**) или **пригласить всех**.",
        NobodyToInvite = "Приглашать некого.",
        Invited = names => $"✉ Приглашены в личный чат: {names}.",
        NotInstalled = names => $"⚠ Не удалось написать: {names} — у них не установлено приложение. Попросите добавить CjmBot и пригласите снова.",
        AlreadyFinished = names => $"Уже ответили: {names}.",
        RoleUsage = "Укажите роль и её этапы: **роль поддержка: 4, 5** (номера или названия этапов).",
        RoleSet = (role, stages) => $"Роль **{role}** отвечает про: {stages}.",
        UnknownRole = role => $"Роли **{role}** пока нет: сначала задайте её — **роль {role}: <этапы>**.",
        DeadlineUsage = "Укажите срок: **срок 48ч**, **срок 30м**, **срок 2д** или **срок 2026-11-25 18:00** (в вашем часовом поясе, если Teams его сообщает, иначе UTC).",
        DeadlineInPast = "Это время уже прошло; выберите время в будущем.",
        DeadlineSet = at => $"Срок ответов в личном чате: {at}. Я напомню тем, кто не закончил, за 24 ч и за 1 ч.",
        WindowClosedNotice = (title, finished, invited) =>
            $"⏰ Время ответов в личном чате для **{title}** вышло: закончили {finished.ToString(CultureInfo.InvariantCulture)} из {invited.ToString(CultureInfo.InvariantCulture)}. Напишите **статус**, чтобы увидеть кто.",
        StatusHeading = "Участники в личном чате:",
        StatusDeadline = at => $"срок {at}",
        StatusWindowClosed = "закрыто",
        StateInvited = "ещё не закончил(а)",
        StateFinished = "закончил(а)",
        StateNotInstalled = "приложение не установлено",
        AnswerCount = count => $"ответов: {count.ToString(CultureInfo.InvariantCulture)}",
        AsyncMark = " · в личном чате",
    };

    /// <summary>
    /// A deadline as people read it: <c>2026-11-25 18:00 UTC</c>, or in the reader's zone where it is known
    /// (<c>2026-11-25 21:00 (Europe/Moscow)</c>).
    /// </summary>
    public static string DateTime(DateTimeOffset at, TimeZoneInfo? zone = null) =>
        ReaderTimes.Zoned(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + ReaderTimes.Label(zone);
}
