using System.Globalization;
using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

public static class RetentionTexts
{
    public static RetentionText English { get; } = new()
    {
        Language = Language.En,
        KeptForever = (title, byDefault) =>
            $"“{title}” is kept until a facilitator deletes it (`delete`){(byDefault ? ", as the bot is set up" : "")}.",
        KeptOnceClosed = (title, days, byDefault) =>
            $"Once closed, “{title}” is kept {Days(days)} ({(byDefault ? "the bot's setting" : "set for this workshop")}), then deleted with everything in it.",
        DeletedOn = (title, days, byDefault, at, held) =>
            $"“{title}” is closed and will be deleted with everything in it on {at} (kept {Days(days)} once closed{Source(byDefault)}"
            + $"{(held ? "; never sooner than a week after a change, so there is time to export" : "")}). "
            + "Export it before then (`export`), or keep it longer: `retention 90`, or `retention off` to keep it until it is deleted by hand.",
        ChangedMark = "✓ ",
        Usage = setting =>
            "`retention` shows how long this workshop is kept once it is closed; `retention 90` keeps it 90 days (1 to 3650), "
            + $"`retention off` keeps it until a facilitator deletes it, `retention default` follows the bot's setting ({setting}).",
        Setting = days => days <= 0 ? "until deleted by hand" : Days(days),
        ClosedNote = (at, days) => $"🗑 Kept {Days(days)} once closed: it will be deleted with everything in it on {at} (`retention` to change it).",
        Reminder = (title, at, days) =>
            $"🗑 “{title}” will be deleted with everything in it on {at}, {Days(days)} after it was closed. "
            + "Export it now (`export`) or keep it longer (`retention 90`, or `retention off`).",
        Expired = (title, days) => $"🗑 “{title}” was deleted with everything in it: its retention ({Days(days)} once closed) ran out.",
    };

    public static RetentionText Russian { get; } = new()
    {
        Language = Language.Ru,
        KeptForever = (title, byDefault) =>
            $"«{title}» хранится, пока ведущий его не удалит (`удалить`){(byDefault ? ", так настроен бот" : "")}.",
        KeptOnceClosed = (title, days, byDefault) =>
            $"После закрытия «{title}» хранится {RussianDays(days)} ({(byDefault ? "настройка бота" : "задано для этого воркшопа")}), затем удаляется со всем содержимым.",
        DeletedOn = (title, days, byDefault, at, held) =>
            $"«{title}» закрыт и будет удалён со всем содержимым {at} (хранится {RussianDays(days)} после закрытия{RussianSource(byDefault)}"
            + $"{(held ? "; не раньше чем через неделю после изменения, чтобы успеть выгрузить" : "")}). "
            + "Выгрузите его до этого (`экспорт`) или храните дольше: `хранение 90` или `хранение выкл`, чтобы хранить до удаления вручную.",
        ChangedMark = "✓ ",
        Usage = setting =>
            "`хранение` показывает, сколько воркшоп хранится после закрытия; `хранение 90` — 90 дней (от 1 до 3650), "
            + $"`хранение выкл` — пока ведущий его не удалит, `хранение по умолчанию` — по настройке бота ({setting}).",
        Setting = days => days <= 0 ? "до удаления вручную" : RussianDays(days),
        ClosedNote = (at, days) => $"🗑 Хранится {RussianDays(days)} после закрытия: будет удалён со всем содержимым {at} (`хранение`, чтобы изменить).",
        Reminder = (title, at, days) =>
            $"🗑 «{title}» будет удалён со всем содержимым {at}, через {RussianDays(days)} после закрытия. "
            + "Выгрузите его сейчас (`экспорт`) или храните дольше (`хранение 90` или `хранение выкл`).",
        Expired = (title, days) => $"🗑 «{title}» удалён со всем содержимым: срок хранения ({RussianDays(days)} после закрытия) истёк.",
    };

    public static RetentionText For(Language language) => language == Language.Ru ? Russian : English;

    private static string Days(int days) => $"{days.ToString(CultureInfo.InvariantCulture)} {(days == 1 ? "day" : "days")}";

    private static string Source(bool byDefault) => byDefault ? ", the bot's setting" : ", set for this workshop";

    private static string RussianDays(int days) =>
        $"{days.ToString(CultureInfo.InvariantCulture)} {RussianNouns.Plural(days, "день", "дня", "дней")}";

    private static string RussianSource(bool byDefault) => byDefault ? ", настройка бота" : ", задано для этого воркшопа";
}
