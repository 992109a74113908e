using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

public static class MapViewTexts
{
    public static MapViewText English { get; } = new()
    {
        Language = Language.En,
        ShowWholeStage = count => $"All answers of this stage ({count})",
        StageHeading = (stage, segment) => $"{stage} · {segment}: all answers",
        LaneHeading = (stage, segment, lane) => $"{stage} · {segment} · {lane}: all answers",
        PageOf = (page, pages) => $"Page {page} of {pages}",
        NextPage = (page, pages) => $"Next page ({page} of {pages})",
        OpenFullMap = "Open full map",
        Posted = "All answers are posted in the chat.",
        MapMovedBelow = "🗺 The live map moved below ↓",
        NewerMapBelow = "🗺 This map is out of date: a newer one is below ↓",
    };

    public static MapViewText Russian { get; } = new()
    {
        Language = Language.Ru,
        ShowWholeStage = count => $"Все ответы этапа ({count})",
        StageHeading = (stage, segment) => $"{stage} · {segment}: все ответы",
        LaneHeading = (stage, segment, lane) => $"{stage} · {segment} · {lane}: все ответы",
        PageOf = (page, pages) => $"Страница {page} из {pages}",
        NextPage = (page, pages) => $"Следующая страница ({page} из {pages})",
        OpenFullMap = "Открыть карту целиком",
        Posted = "Все ответы отправлены в чат.",
        MapMovedBelow = "🗺 Живая карта переехала ниже ↓",
        NewerMapBelow = "🗺 Эта карта устарела: новая ниже ↓",
    };
}
