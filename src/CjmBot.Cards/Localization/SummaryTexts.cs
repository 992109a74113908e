using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;

namespace CjmBot.Cards.Localization;

public static class SummaryTexts
{
    public static SummaryText English { get; } = new()
    {
        Language = Language.En,
        Heading = "Workshop summary",
        Version = version => $"version {version}",
        SegmentLabel = "Segment",
        LowPointsLabel = "Emotion low points",
        NoLowPoints = "No stage below neutral so far.",
        LowPoint = (stage, average, count) => $"{stage}: average {average} ({count} {(count == 1 ? "score" : "scores")})",
        KeyPain = "⚠ key pain point",
        BarriersLabel = "Top barriers",
        SolutionsLabel = "Top solutions",
        Mentions = count => count == 1 ? "1 mention" : $"{count} mentions",
        NoneYet = "none yet",
        InsightsLabel = "Insights",
        GeneralInsightsLabel = "Insights about the whole map",
        More = count => $"… and {count} more in the exports",
        ParticipationLabel = "Participation",
        ParticipationTotals = (people, answers, insights) =>
            $"{people} {(people == 1 ? "person" : "people")} · {answers} {(answers == 1 ? "answer" : "answers")} · {insights} {(insights == 1 ? "insight" : "insights")}",
        PersonShare = (answers, insights) => $"{answers} {(answers == 1 ? "answer" : "answers")}, {insights} {(insights == 1 ? "insight" : "insights")}",
        ComparisonHeading = version => $"Changes since version {version}",
        StageChange = (stage, before, after) => $"{stage}: {before} → {after}",
        NoScore = "—",
        NewBarriersLabel = "New barriers",
        ResolvedBarriersLabel = "Resolved barriers (no longer named)",
        NoBarrierChanges = "The same barriers as before.",
        VotedBarriersLabel = "Barriers by votes",
        VotedSolutionsLabel = "Solutions by votes",
        VotesAndRank = (votes, rank) => $"{votes} {(votes == 1 ? "vote" : "votes")}, #{rank}",
        ActionItemsLabel = "Action items",
        ActionItemOwner = (owner, due) => $"{owner}, due {due}",
        ConclusionsLabel = "Conclusions",
        DownloadsLabel = "Download the map",
        LinksValidUntil = until => $"The download links work until {until} UTC.",
        FormatName = format => format switch
        {
            "markdown" => "Markdown",
            "csv" => "CSV",
            "xlsx" => "Excel",
            "html" => "Printable map",
            _ => format,
        },
        ExportUsage = "Type **export** to post the summary here, or **export quiet** to get it privately.",
        QuietFailed = "I could not message you privately (is the app installed for you?). Use **export** without *quiet* to post the summary here.",
        DeleteQuestion = (title, version) => $"Delete the workshop **{title}** (version {version}) and everything recorded in it? This cannot be undone.",
        DeleteButton = "Delete for good",
        KeepButton = "Keep it",
        DeleteCancelled = "Nothing was deleted.",
        DeleteStale = "This confirmation is out of date: it was for another workshop, or was used already. Nothing was deleted.",
        AlreadyDeleted = "That workshop is already gone.",
        Deleted = title => $"🗑 Deleted **{title}**. Removed:",
        ContributionRows = kind => kind switch
        {
            ContributionKind.Answer => "answers",
            ContributionKind.Edit => "edits",
            ContributionKind.Deletion => "withdrawn answers",
            _ => "insights",
        },
        HeadRows = "workshop frame and progress",
        OtherRows = prefix => prefix switch
        {
            "vote" => "votes (ballots and voting settings)",
            "action" => "action item records",
            "concl" => "conclusions",
            "theme" => "stored themes (accepted, renamed, merged, moved, reset)",
            "inv" => "invitations to answer in a personal chat",
            "role" => "role assignments",
            "seq" => "personal-chat answering window",
            "state" => "saved bot state (live map, conversation address, personal-chat progress)",
            "card" => "records of the bot's cards",
            "op" => "records of requests handled",
            _ => $"{prefix} rows",
        },
        IndexRows = "conversation index entries",
        ScheduledJobs = "scheduled jobs (timers, map redraws)",
        MapMessage = "the live map message in the chat",
        MapMessageReplaced = "the live map in the chat (the chat does not let me delete it, so it now says the workshop was deleted)",
        MapMessageKept = "The live map message could not be removed from the chat; delete it there by hand if it should go.",
        MapDeletedNote = "🗑 This workshop was deleted; its map is no longer available.",
    };

    public static SummaryText Russian { get; } = new()
    {
        Language = Language.Ru,
        Heading = "Итоги воркшопа",
        Version = version => $"версия {version}",
        SegmentLabel = "Сегмент",
        LowPointsLabel = "Эмоциональные провалы",
        NoLowPoints = "Пока ни один этап не ниже нейтрального.",
        LowPoint = (stage, average, count) => $"{stage}: в среднем {average} ({count} {RussianPlural(count, "оценка", "оценки", "оценок")})",
        KeyPain = "⚠ главная болевая точка",
        BarriersLabel = "Главные барьеры",
        SolutionsLabel = "Главные решения",
        Mentions = count => $"{count} {RussianPlural(count, "упоминание", "упоминания", "упоминаний")}",
        NoneYet = "пока нет",
        InsightsLabel = "Инсайты",
        GeneralInsightsLabel = "Инсайты обо всей карте",
        More = count => $"… и ещё {count} в выгрузках",
        ParticipationLabel = "Участие",
        ParticipationTotals = (people, answers, insights) =>
            $"{people} {RussianPlural(people, "участник", "участника", "участников")} · {answers} {RussianPlural(answers, "ответ", "ответа", "ответов")} · {insights} {RussianPlural(insights, "инсайт", "инсайта", "инсайтов")}",
        PersonShare = (answers, insights) =>
            $"{answers} {RussianPlural(answers, "ответ", "ответа", "ответов")}, {insights} {RussianPlural(insights, "инсайт", "инсайта", "инсайтов")}",
        ComparisonHeading = version => $"Что изменилось с версии {version}",
        StageChange = (stage, before, after) => $"{stage}: {before} → {after}",
        NoScore = "—",
        NewBarriersLabel = "Новые барьеры",
        ResolvedBarriersLabel = "Снятые барьеры (больше не называют)",
        NoBarrierChanges = "Барьеры те же, что и раньше.",
        VotedBarriersLabel = "Барьеры по голосам",
        VotedSolutionsLabel = "Решения по голосам",
        VotesAndRank = (votes, rank) => $"{votes} {RussianPlural(votes, "голос", "голоса", "голосов")}, №{rank}",
        ActionItemsLabel = "Задачи",
        ActionItemOwner = (owner, due) => $"{owner}, срок {due}",
        ConclusionsLabel = "Выводы",
        DownloadsLabel = "Скачать карту",
        LinksValidUntil = until => $"Ссылки для скачивания действуют до {until} UTC.",
        FormatName = format => format switch
        {
            "markdown" => "Markdown",
            "csv" => "CSV",
            "xlsx" => "Excel",
            "html" => "Карта для печати",
            _ => format,
        },
        ExportUsage = "Напишите **экспорт**, чтобы опубликовать итоги здесь, или **экспорт тихо**, чтобы получить их лично.",
        QuietFailed = "Не получилось написать вам лично (установлено ли у вас приложение?). Напишите **экспорт** без слова *тихо*, чтобы опубликовать итоги здесь.",
        DeleteQuestion = (title, version) => $"Удалить воркшоп **{title}** (версия {version}) и всё, что в нём записано? Отменить это нельзя.",
        DeleteButton = "Удалить навсегда",
        KeepButton = "Оставить",
        DeleteCancelled = "Ничего не удалено.",
        DeleteStale = "Это подтверждение устарело: оно было для другого воркшопа или уже использовано. Ничего не удалено.",
        AlreadyDeleted = "Этого воркшопа уже нет.",
        Deleted = title => $"🗑 Воркшоп **{title}** удалён. Удалено:",
        ContributionRows = kind => kind switch
        {
            ContributionKind.Answer => "ответы",
            ContributionKind.Edit => "правки",
            ContributionKind.Deletion => "отозванные ответы",
            _ => "инсайты",
        },
        HeadRows = "рамка и ход воркшопа",
        OtherRows = prefix => prefix switch
        {
            "vote" => "голоса (бюллетени и настройки голосования)",
            "action" => "записи задач",
            "concl" => "выводы",
            "theme" => "сохранённые темы (принятые, переименованные, объединённые, перенесённые, сброшенные)",
            "inv" => "приглашения ответить в личном чате",
            "role" => "назначения ролей",
            "seq" => "окно ответов в личных чатах",
            "state" => "сохранённое состояние бота (живая карта, адрес беседы, ход ответов в личных чатах)",
            "card" => "записи о карточках бота",
            "op" => "записи об обработанных запросах",
            _ => $"строки «{prefix}»",
        },
        IndexRows = "записи в списке воркшопов беседы",
        ScheduledJobs = "запланированные задачи (таймеры, перерисовка карты)",
        MapMessage = "сообщение с живой картой в чате",
        MapMessageReplaced = "живая карта в чате (удалить сообщение чат не даёт, поэтому теперь в нём сказано, что воркшоп удалён)",
        MapMessageKept = "Сообщение с живой картой не удалось убрать из чата; если оно не нужно, удалите его там вручную.",
        MapDeletedNote = "🗑 Этот воркшоп удалён; его карты больше нет.",
    };

    /// <summary>Russian noun form for a count: 1 оценка, 2 оценки, 5 оценок, 21 оценка.</summary>
    private static string RussianPlural(int count, string one, string few, string many)
    {
        var lastTwo = Math.Abs(count) % 100;
        var last = lastTwo % 10;
        return lastTwo is >= 11 and <= 14 ? many : last == 1 ? one : last is >= 2 and <= 4 ? few : many;
    }
}
