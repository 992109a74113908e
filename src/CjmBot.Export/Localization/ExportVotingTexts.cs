using System.Globalization;
using CjmBot.Workshops;
using CjmBot.Workshops.Voting;

namespace CjmBot.Export.Localization;

public static class ExportVotingTexts
{
    public static ExportVotingText English { get; } = new()
    {
        Language = Language.En,
        RankAndVotes = (rank, votes) => $"#{N(rank)} · ● {N(votes)} {(votes == 1 ? "vote" : "votes")}",
        ActionItemsHeading = "Action items",
        ActionItemLabel = "Action item",
        FormerParticipant = "former participant",
        SolutionLabel = "Solution",
        OwnerLabel = "Owner",
        DueLabel = "Due",
        ConclusionsHeading = "Conclusions",
        Topic = topic => topic switch
        {
            ConclusionTopic.ProductDirection => "Direction for the product",
            ConclusionTopic.InteractionAndBusinessModel => "Customer interaction and business model",
            _ => "Changes to reach the KPIs",
        },
    };

    public static ExportVotingText Russian { get; } = new()
    {
        Language = Language.Ru,
        RankAndVotes = (rank, votes) => $"#{N(rank)} · ● {N(votes)} {RussianVotes(votes)}",
        ActionItemsHeading = "Задачи",
        ActionItemLabel = "Задача",
        FormerParticipant = "бывший участник",
        SolutionLabel = "Решение",
        OwnerLabel = "Ответственный",
        DueLabel = "Срок",
        ConclusionsHeading = "Выводы",
        Topic = topic => topic switch
        {
            ConclusionTopic.ProductDirection => "Направление развития продукта",
            ConclusionTopic.InteractionAndBusinessModel => "Взаимодействие с клиентом и бизнес-модель",
            _ => "Что изменить, чтобы достичь KPI",
        },
    };

    public static ExportVotingText For(Language language) => language == Language.Ru ? Russian : English;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RussianVotes(int count) => RussianNouns.Plural(count, "голос", "голоса", "голосов");
}
