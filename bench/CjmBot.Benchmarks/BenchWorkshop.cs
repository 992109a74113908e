using CjmBot.Workshops;
using CjmBot.Workshops.Frame;

namespace CjmBot.Benchmarks;

/// <summary>The large Russian/English workshop frame the in-process scenarios (map card, export) build on: six stages, two segments, KPI on.</summary>
internal static class BenchWorkshop
{
    public static WorkshopFrame Frame(string id, string conversationId) => new()
    {
        Id = id,
        ConversationId = conversationId,
        Title = "Путь покупателя / Checkout journey",
        Product = "Интернет-магазин",
        Goal = "Понять, почему бросают корзину",
        MapType = MapType.CurrentState,
        Template = StageTemplate.Custom,
        Stages = ["Поиск", "Покупка", "Доставка", "Возврат", "Поддержка", "Рекомендация"],
        Segments = [new Segment("s1", "Владелец магазина", "5 сотрудников"), new Segment("s2", "IT manager", "200 seats")],
        KpiEnabled = true,
        Anonymous = false,
        Language = Language.Ru,
        CreatedBy = new Participant("29:bench-facilitator", "Анна Петрова"),
        CreatedAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero),
        Facilitators = ["29:bench-facilitator"],
    };
}
