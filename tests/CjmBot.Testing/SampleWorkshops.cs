using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;

namespace CjmBot.Testing;

/// <summary>Deterministic workshops for card and export tests (fixed ids and times, answers in both languages).</summary>
public static class SampleWorkshops
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static WorkshopFrame Frame(Language language = Language.En, bool anonymous = false, bool kpi = false, int stages = 2) => new()
    {
        Id = "wsample000001",
        ConversationId = "19:cjm-workshops@thread.tacv2",
        Title = language == Language.Ru ? "Путь покупателя" : "Checkout journey",
        Product = language == Language.Ru ? "Интернет-магазин" : "Online store",
        Goal = language == Language.Ru ? "Понять, почему бросают корзину" : "Find why people abandon checkout",
        MapType = MapType.CurrentState,
        Template = StageTemplate.Custom,
        Stages = (language == Language.Ru ? new[] { "Поиск", "Покупка", "Доставка", "Возврат", "Поддержка", "Рекомендация" } : ["Search", "Purchase", "Delivery", "Return", "Support", "Advocacy"])[..stages],
        Segments =
        [
            new Segment("s1", language == Language.Ru ? "Владелец магазина" : "Small shop owner", language == Language.Ru ? "5 сотрудников, выбирает по цене" : "Runs a shop of 5, buys on price"),
            new Segment("s2", "IT manager", "200 seats, cares about security"),
        ],
        KpiEnabled = kpi,
        Anonymous = anonymous,
        Timebox = TimeSpan.FromMinutes(5),
        Language = language,
        CreatedBy = new Participant("29:1anna-facilitator", "Anna Petrova"),
        CreatedAt = Start,
        Facilitators = ["29:1anna-facilitator"],
    };

    public static WorkshopProgress Progress(Position position, WorkshopStatus status = WorkshopStatus.Running) => new()
    {
        Status = status,
        Position = position,
        Reached = position,
        Revision = 7,
        QuestionStartedAt = Start.AddMinutes(20),
        TimerDueAt = status == WorkshopStatus.Running ? Start.AddMinutes(25) : null,
    };

    /// <summary>A workshop with <paramref name="answersPerQuestion"/> answers on every question of the first segment, and two insights.</summary>
    public static WorkshopSnapshot Snapshot(
        Language language = Language.En, bool anonymous = false, int answersPerQuestion = 2, Position? position = null,
        WorkshopStatus status = WorkshopStatus.Running, int stages = 2, bool kpi = false)
    {
        var frame = Frame(language, anonymous, kpi, stages);
        var people = new[] { new Participant("29:1anna-facilitator", "Anna Petrova"), new Participant("29:1boris-sales", "Борис Иванов") };
        var contributions = new List<Contribution>();
        var at = Start;
        for (var stage = 0; stage < frame.Stages.Count; stage++)
        {
            foreach (var question in frame.Questions)
            {
                for (var i = 0; i < answersPerQuestion; i++)
                {
                    at = at.AddSeconds(7);
                    contributions.Add(new Contribution
                    {
                        Id = $"c-{stage}-{question}-{i}",
                        WorkshopId = frame.Id,
                        Kind = ContributionKind.Answer,
                        Author = people[i % people.Length],
                        At = at,
                        SegmentId = "s1",
                        StageIndex = stage,
                        Question = question,
                        Text = language == Language.Ru
                            ? $"Ответ {i + 1}: клиент сравнивает цены и *ищет* отзывы <at>кого-то</at>"
                            : $"Answer {i + 1}: the customer compares prices and *reads* reviews [link](http://example.com)",
                        Score = question == CjmBot.Workshops.Questions.QuestionKey.Emotions ? ((stage + i) % 5) - 2 : null,
                        Source = i % 2 == 0 ? EvidenceSource.SupportTickets : null,
                    });
                }
            }
        }

        contributions.Add(new Contribution
        {
            Id = "i-1", WorkshopId = frame.Id, Kind = ContributionKind.Insight, Author = people[1], At = at.AddMinutes(1),
            SegmentId = "s1", StageIndex = 0, Text = language == Language.Ru ? "Доставка — главный страх" : "Delivery cost is the real fear",
        });
        return new WorkshopSnapshot(frame, Progress(position ?? new Position(0, 0, 2), status), contributions);
    }
}
