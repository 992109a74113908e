using System.Globalization;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;

namespace CjmBot.Export.Personal;

/// <summary>The words of the "my data" Markdown file, in one language.</summary>
public sealed record PersonalDataText
{
    public required Func<string, string> Title { get; init; }

    /// <summary>(when, UTC; how many workshops)</summary>
    public required Func<string, int, string> Intro { get; init; }

    public required Func<int, string> Version { get; init; }
    public required string Contributions { get; init; }
    public required Func<ContributionKind, string> Kind { get; init; }
    public required string Votes { get; init; }
    public required string ItemGone { get; init; }
    public required string Conclusions { get; init; }
    public required string ActionItems { get; init; }
    public required Func<string, string> Due { get; init; }
}

public static class PersonalDataTexts
{
    public static PersonalDataText English { get; } = new()
    {
        Title = name => $"Everything {name} contributed",
        Intro = (at, workshops) =>
            $"Made {at} from this bot's storage: {workshops.ToString(CultureInfo.InvariantCulture)} {(workshops == 1 ? "workshop holds" : "workshops hold")} records of yours. " +
            "Edits and withdrawals are listed as recorded; votes are your own choices (others see only counts).",
        Version = version => $"version {version.ToString(CultureInfo.InvariantCulture)}",
        Contributions = "Answers, insights, edits",
        Kind = kind => kind switch
        {
            ContributionKind.Answer => "answer",
            ContributionKind.Insight => "insight",
            ContributionKind.Edit => "edit",
            _ => "withdrawn",
        },
        Votes = "Your votes",
        ItemGone = "(an item no longer there)",
        Conclusions = "Conclusions",
        ActionItems = "Action items you own",
        Due = date => $"due {date}",
    };

    public static PersonalDataText Russian { get; } = new()
    {
        Title = name => $"Всё, что внёс(ла) {name}",
        Intro = (at, workshops) =>
            $"Собрано {at} из хранилища этого бота: записи о вас есть в {workshops.ToString(CultureInfo.InvariantCulture)} {RussianNouns.Plural(workshops, "воркшопе", "воркшопах", "воркшопах")}. " +
            "Правки и отзывы ответов перечислены как записаны; голоса — ваш собственный выбор (другие видят только числа).",
        Version = version => $"версия {version.ToString(CultureInfo.InvariantCulture)}",
        Contributions = "Ответы, инсайты, правки",
        Kind = kind => kind switch
        {
            ContributionKind.Answer => "ответ",
            ContributionKind.Insight => "инсайт",
            ContributionKind.Edit => "правка",
            _ => "отозван",
        },
        Votes = "Ваши голоса",
        ItemGone = "(пункта больше нет)",
        Conclusions = "Выводы",
        ActionItems = "Ваши задачи",
        Due = date => $"срок {date}",
    };

    public static PersonalDataText For(Language language) => language == Language.Ru ? Russian : English;
}
