using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;

namespace CjmBot.Workshops;

/// <summary>
/// The method's names for map types and evidence sources, in both languages: product content shared by
/// everything that shows a workshop (cards, exports), like the question wording in the question catalogue.
/// </summary>
public static class Vocabulary
{
    public static string MapTypeName(MapType type, Language language) => (type, language) switch
    {
        (MapType.CurrentState, Language.Ru) => "Текущее состояние",
        (MapType.FutureState, Language.Ru) => "Желаемое состояние",
        (MapType.DayInTheLife, Language.Ru) => "День из жизни клиента",
        (_, Language.Ru) => "Сервис-блюпринт",
        (MapType.CurrentState, _) => "Current state",
        (MapType.FutureState, _) => "Future state",
        (MapType.DayInTheLife, _) => "Day in the life",
        _ => "Service blueprint",
    };

    public static string SourceName(EvidenceSource source, Language language) => (source, language) switch
    {
        (EvidenceSource.SupportTickets, Language.Ru) => "Обращения в поддержку",
        (EvidenceSource.Reviews, Language.Ru) => "Отзывы",
        (EvidenceSource.Analytics, Language.Ru) => "Аналитика",
        (EvidenceSource.Interview, Language.Ru) => "Интервью",
        (_, Language.Ru) => "Личный опыт",
        (EvidenceSource.SupportTickets, _) => "Support tickets",
        (EvidenceSource.Reviews, _) => "Reviews",
        (EvidenceSource.Analytics, _) => "Analytics",
        (EvidenceSource.Interview, _) => "Interview",
        _ => "Own experience",
    };
}
