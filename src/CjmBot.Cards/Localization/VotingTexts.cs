using System.Globalization;
using CjmBot.Workshops;
using CjmBot.Workshops.Voting;

namespace CjmBot.Cards.Localization;

public static class VotingTexts
{
    public static VotingText English { get; } = new()
    {
        Language = Language.En,
        VotingHeading = segment => $"Dot-voting · {segment}",
        VotingIntro = budget => $"You have {Count(budget)} {(budget == 1 ? "vote" : "votes")} for this segment. Put them on the barriers and solutions that matter most; several on one item are fine. You can change them until the facilitator closes voting.",
        VotesFor = item => $"Your votes for item {Count(item)}",
        SaveVotes = "Save my votes",
        BallotSaved = (used, budget) => $"✓ Your votes are saved: {Count(used)} of {Count(budget)} used, {Count(budget - used)} left.",
        OverBudget = (spent, budget) => $"That is {Count(spent)} votes, and you have {Count(budget)} for this segment. Nothing was changed: take some off and save again.",
        UnknownItem = "This card lists an item that is no longer on the map. Nothing was changed; ask the facilitator for a fresh voting card.",
        NotANumber = "Votes are whole numbers from 0 up. Nothing was changed.",
        VotingNotOpen = "Voting has not started yet. Nothing was recorded.",
        VotingClosed = "Voting is closed, so your votes were not changed.",
        VotingOpened = budget => $"🗳 Dot-voting is open: {Count(budget)} {(budget == 1 ? "vote" : "votes")} per person per segment. Your votes are never shown with your name.",
        BudgetChanged = budget => $"The budget is now {Count(budget)} {(budget == 1 ? "vote" : "votes")} per person per segment.",
        BudgetInvalid = (min, max) => $"The budget is a whole number from {Count(min)} to {Count(max)}, e.g. `vote 5`; `vote close` ends voting.",
        NothingToVoteOn = "There are no barriers or solutions on the map yet, so there is nothing to vote on.",
        VotingAlreadyClosed = "Voting is not open.",
        ClosedHeading = "Voting is closed",
        ResultsHeading = segment => $"Voting results · {segment}",
        Votes = votes => $"● {Count(votes)} {(votes == 1 ? "vote" : "votes")}",
        Voters = voters => $"{Count(voters)} {(voters == 1 ? "person" : "people")} voted.",
        NoVotes = "No votes.",

        ActionsHeading = "Action items",
        ActionsIntro = "The top solutions. Give the ones the team will carry out an owner and a due date; owners get a personal message.",
        OwnerFor = item => $"Owner of item {Count(item)}",
        DueFor = item => $"Due date of item {Count(item)}",
        NoOwner = "— not now —",
        SaveActions = "Save action items",
        NoSolutions = "There are no solutions on the map yet, so there is nothing to assign.",
        NothingAssigned = "Pick an owner and a due date for at least one item. Nothing was saved.",
        DueMissing = item => $"Item {Count(item)} has an owner but no due date. Nothing was saved.",
        OwnerUnknown = item => $"The owner of item {Count(item)} is not a member of this conversation. Nothing was saved.",
        ActionsSaved = count => $"✓ {Count(count)} action {(count == 1 ? "item" : "items")} saved.",
        NotifyFailed = owner => $"I could not message {owner} personally (the app may not be installed for them). Please let them know.",
        OwnerMessage = (workshop, solution, due) => $"You own an action item from the workshop \"{workshop}\": {solution} — due {due}.",
        ActionItemsHeading = "Action items",
        OwnerAndDue = (owner, due) => $"{owner} · due {due}",

        ConcludeHeading = "Conclusions",
        ConcludeIntro = "What do we take away? Everyone may answer; saving again replaces your earlier answer on a topic.",
        SaveConclusions = "Save conclusions",
        ConclusionsEmpty = "Write at least one conclusion. Nothing was saved.",
        ConclusionsSaved = count => $"✓ {Count(count)} {(count == 1 ? "conclusion" : "conclusions")} saved.",
        ConclusionTooLong = max => $"A conclusion holds at most {Count(max)} characters. Nothing was saved.",
        ConclusionsHeading = "Conclusions",
        Topic = topic => topic switch
        {
            ConclusionTopic.ProductDirection => "Direction for the product",
            ConclusionTopic.InteractionAndBusinessModel => "Customer interaction and business model",
            _ => "Changes to reach the KPIs",
        },
        TopicPrompt = topic => topic switch
        {
            ConclusionTopic.ProductDirection => "Which way should the product go?",
            ConclusionTopic.InteractionAndBusinessModel => "Are the way we interact with the customer and the business model right?",
            _ => "What do we change to reach the KPIs?",
        },
    };

    public static VotingText Russian { get; } = new()
    {
        Language = Language.Ru,
        VotingHeading = segment => $"Голосование точками · {segment}",
        VotingIntro = budget => $"У вас {Count(budget)} {RussianNouns.Plural(budget, "голос", "голоса", "голосов")} в этом сегменте. Отдайте их барьерам и решениям, которые важнее всего; можно несколько за один пункт. Голоса можно менять, пока ведущий не закроет голосование.",
        VotesFor = item => $"Ваши голоса за пункт {Count(item)}",
        SaveVotes = "Сохранить мои голоса",
        BallotSaved = (used, budget) => $"✓ Ваши голоса сохранены: использовано {Count(used)} из {Count(budget)}, осталось {Count(budget - used)}.",
        OverBudget = (spent, budget) => $"Это {Count(spent)} {RussianNouns.Plural(spent, "голос", "голоса", "голосов")}, а у вас {Count(budget)} в этом сегменте. Ничего не изменено: уберите лишние и сохраните снова.",
        UnknownItem = "В карточке есть пункт, которого больше нет на карте. Ничего не изменено; попросите ведущего показать карточку голосования заново.",
        NotANumber = "Голоса — целые числа от 0. Ничего не изменено.",
        VotingNotOpen = "Голосование ещё не началось. Ничего не записано.",
        VotingClosed = "Голосование закрыто, ваши голоса не изменены.",
        VotingOpened = budget => $"🗳 Голосование точками открыто: {Count(budget)} {RussianNouns.Plural(budget, "голос", "голоса", "голосов")} на человека в каждом сегменте. Ваши голоса никогда не показываются с вашим именем.",
        BudgetChanged = budget => $"Теперь у каждого {Count(budget)} {RussianNouns.Plural(budget, "голос", "голоса", "голосов")} в каждом сегменте.",
        BudgetInvalid = (min, max) => $"Число голосов — целое от {Count(min)} до {Count(max)}, например `голосование 5`; `голосование закрыть` завершает голосование.",
        NothingToVoteOn = "На карте ещё нет барьеров и решений, голосовать не за что.",
        VotingAlreadyClosed = "Голосование не открыто.",
        ClosedHeading = "Голосование закрыто",
        ResultsHeading = segment => $"Итоги голосования · {segment}",
        Votes = votes => $"● {Count(votes)} {RussianNouns.Plural(votes, "голос", "голоса", "голосов")}",
        Voters = voters => $"Проголосовали: {Count(voters)} {RussianNouns.Plural(voters, "человек", "человека", "человек")}.",
        NoVotes = "Голосов нет.",

        ActionsHeading = "Задачи",
        ActionsIntro = "Лучшие решения. Назначьте тем, что команда возьмёт в работу, ответственного и срок; ответственные получат личное сообщение.",
        OwnerFor = item => $"Ответственный за пункт {Count(item)}",
        DueFor = item => $"Срок пункта {Count(item)}",
        NoOwner = "— не сейчас —",
        SaveActions = "Сохранить задачи",
        NoSolutions = "На карте ещё нет решений, назначать нечего.",
        NothingAssigned = "Выберите ответственного и срок хотя бы для одного пункта. Ничего не сохранено.",
        DueMissing = item => $"У пункта {Count(item)} есть ответственный, но нет срока. Ничего не сохранено.",
        OwnerUnknown = item => $"Ответственный за пункт {Count(item)} не участник этой беседы. Ничего не сохранено.",
        ActionsSaved = count => $"✓ Сохранено задач: {Count(count)}.",
        NotifyFailed = owner => $"Не удалось написать {owner} лично (возможно, приложение у него не установлено). Пожалуйста, сообщите сами.",
        OwnerMessage = (workshop, solution, due) => $"Вы ответственный за задачу с воркшопа «{workshop}»: {solution} — срок {due}.",
        ActionItemsHeading = "Задачи",
        OwnerAndDue = (owner, due) => $"{owner} · срок {due}",

        ConcludeHeading = "Выводы",
        ConcludeIntro = "Что мы выносим из карты? Ответить может каждый; повторное сохранение заменяет ваш прежний ответ по теме.",
        SaveConclusions = "Сохранить выводы",
        ConclusionsEmpty = "Напишите хотя бы один вывод. Ничего не сохранено.",
        ConclusionsSaved = count => $"✓ Сохранено выводов: {Count(count)}.",
        ConclusionTooLong = max => $"Вывод — не длиннее {Count(max)} символов. Ничего не сохранено.",
        ConclusionsHeading = "Выводы",
        Topic = topic => topic switch
        {
            ConclusionTopic.ProductDirection => "Направление развития продукта",
            ConclusionTopic.InteractionAndBusinessModel => "Взаимодействие с клиентом и бизнес-модель",
            _ => "Что изменить, чтобы достичь KPI",
        },
        TopicPrompt = topic => topic switch
        {
            ConclusionTopic.ProductDirection => "Куда развивать продукт?",
            ConclusionTopic.InteractionAndBusinessModel => "Правильно ли мы взаимодействуем с клиентом и верна ли бизнес-модель?",
            _ => "Что изменить, чтобы достичь KPI?",
        },
    };

    public static VotingText For(Language language) => language == Language.Ru ? Russian : English;

    /// <summary>A due date as people read it (ISO; Teams shows dates in many locales, ISO reads the same in all).</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
