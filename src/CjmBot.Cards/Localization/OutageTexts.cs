using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

public static class OutageTexts
{
    public static OutageText English { get; } = new()
    {
        Language = Language.En,
        StorageUnavailable = "⚠ I could not save that: my storage is unavailable right now. "
            + "Everything recorded before is safe. Please send it again in a minute.",
    };

    public static OutageText Russian { get; } = new()
    {
        Language = Language.Ru,
        StorageUnavailable = "⚠ Не удалось сохранить это: хранилище сейчас недоступно. "
            + "Всё, что записано раньше, в сохранности. Пожалуйста, отправьте это ещё раз через минуту.",
    };
}
