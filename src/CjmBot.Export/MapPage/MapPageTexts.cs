using CjmBot.Workshops;

namespace CjmBot.Export.MapPage;

public static class MapPageTexts
{
    public static MapPageText English { get; } = new()
    {
        Language = Language.En,
        Live = "Live",
        Reconnecting = "Reconnecting…",
        UpdatedJustNow = "updated just now",
        UpdatedSecondsAgo = "updated {0} s ago",
        UpdatedMinutesAgo = "updated {0} min ago",
        UpdatedHoursAgo = "updated {0} h ago",
        UpdatedDaysAgo = "updated {0} d ago",
        Print = "Print",
        Now = (segment, stage, question) => $"Now: {segment} · {stage} · {question}",
        Paused = "Paused",
        Finished = "All questions asked",
        Closed = "Closed",
        CurrentMarker = "now",
        KeyPain = "key pain point",
        LaneHeader = "Lane",
        Answers = count => count == 1 ? "1 answer" : $"{count} answers",
        Edited = "edited",
        Scores = count => count == 1 ? "1 score" : $"{count} scores",
        Segments = "Segments",
        Grid = segment => $"Stages and lanes: {segment}",
        WorkshopDeleted = "This workshop was deleted; its map is no longer available.",
        MapLinkExpired = "This map link has expired. Type map in the chat with the bot and open the map again for a fresh link.",
        MapLinkInvalid = "This map link is not valid. Open the map again from the chat.",
        DownloadLinkExpired = "This download link has expired. Ask the facilitator to type export again for a fresh one.",
        DownloadLinkInvalid = "This download link is not valid.",
        WorkshopGone = "This workshop no longer exists.",
        TooBusy = "Too many downloads at once. Please try again in a few seconds.",
        LinkProblemTitle = "CjmBot",
        TabHeading = "Journey maps",
        TabIntro = "Type map in a chat with CjmBot and press Open full map: the map opens in your browser, and the maps you opened are listed here.",
        ConfigIntro = "Choose the journey map this tab shows: one you opened recently, or paste its Open full map link.",
        RecentMaps = "Opened recently",
        NoRecentMaps = "No map opened yet.",
        LinkLabel = "Map link",
        LinkHint = "Paste the link of the Open full map button",
        OpenLink = "Open",
        NotAMapLink = "This is not a map link of this bot.",
        ScriptNeeded = "This page updates itself with JavaScript; without it, reload the page to see new answers.",
    };

    public static MapPageText Russian { get; } = new()
    {
        Language = Language.Ru,
        Live = "Обновляется вживую",
        Reconnecting = "Переподключение…",
        UpdatedJustNow = "обновлено только что",
        UpdatedSecondsAgo = "обновлено {0} с назад",
        UpdatedMinutesAgo = "обновлено {0} мин назад",
        UpdatedHoursAgo = "обновлено {0} ч назад",
        UpdatedDaysAgo = "обновлено {0} дн. назад",
        Print = "Печать",
        Now = (segment, stage, question) => $"Сейчас: {segment} · {stage} · {question}",
        Paused = "Пауза",
        Finished = "Все вопросы заданы",
        Closed = "Закрыт",
        CurrentMarker = "сейчас",
        KeyPain = "ключевая боль",
        LaneHeader = "Линия",
        Answers = RussianAnswers,
        Edited = "изменён",
        Scores = RussianScores,
        Segments = "Сегменты",
        Grid = segment => $"Этапы и линии: {segment}",
        WorkshopDeleted = "Этот воркшоп удалён; его карта больше недоступна.",
        MapLinkExpired = "Срок действия ссылки на карту истёк. Напишите боту в чате «карта» и откройте карту снова — ссылка будет новой.",
        MapLinkInvalid = "Эта ссылка на карту недействительна. Откройте карту снова из чата.",
        DownloadLinkExpired = "Срок действия ссылки для скачивания истёк. Попросите фасилитатора снова написать «экспорт», чтобы получить новую.",
        DownloadLinkInvalid = "Эта ссылка для скачивания недействительна.",
        WorkshopGone = "Этого воркшопа больше нет.",
        TooBusy = "Сейчас слишком много скачиваний. Попробуйте ещё раз через несколько секунд.",
        LinkProblemTitle = "CjmBot",
        TabHeading = "Карты пути",
        TabIntro = "Напишите «карта» в чате с CjmBot и нажмите «Открыть карту целиком»: карта откроется в браузере, а открытые карты появятся здесь.",
        ConfigIntro = "Выберите карту пути для этой вкладки: одну из недавно открытых или вставьте ссылку кнопки «Открыть карту целиком».",
        RecentMaps = "Недавно открытые",
        NoRecentMaps = "Пока не открыто ни одной карты.",
        LinkLabel = "Ссылка на карту",
        LinkHint = "Вставьте ссылку кнопки «Открыть карту целиком»",
        OpenLink = "Открыть",
        NotAMapLink = "Это не ссылка на карту этого бота.",
        ScriptNeeded = "Страница обновляется сама с помощью JavaScript; без него обновите страницу, чтобы увидеть новые ответы.",
    };

    public static MapPageText For(Language language) => language == Language.Ru ? Russian : English;

    private static string RussianAnswers(int count) => $"{count} {RussianNouns.Plural(count, "ответ", "ответа", "ответов")}";

    private static string RussianScores(int count) => $"{count} {RussianNouns.Plural(count, "оценка", "оценки", "оценок")}";
}
