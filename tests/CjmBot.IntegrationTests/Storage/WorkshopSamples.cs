using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>Workshops and contributions with awkward, realistic values: Teams ids, Cyrillic text, fixed times.</summary>
internal static class WorkshopSamples
{
    public const string TeamsConversation = "19:meeting_NzY0YjE2@thread.tacv2;messageid=1795354728679";
    public const string OtherConversation = "a:1Xk9-personal/chat#with?odd%chars~and\\slashes";

    public static readonly DateTimeOffset T0 = new(2025, 3, 14, 9, 30, 15, 123, TimeSpan.FromHours(3));

    public static readonly Participant Alice = new("29:1AbCdEfGh-alice_ID/x#y?z%~", "Алиса Петрова");
    public static readonly Participant Bob = new("29:1ZyXwVu-bob", "Bob O'Brien");

    public static WorkshopFrame Frame(string id, string conversationId = TeamsConversation, DateTimeOffset? createdAt = null) => new()
    {
        Id = id,
        ConversationId = conversationId,
        Title = "Карта пути клиента: «ипотека онлайн» 😀",
        Product = "Мобильный банк",
        Goal = "Найти, где клиенты бросают заявку",
        MapType = MapType.FutureState,
        Template = StageTemplate.Custom,
        Stages = ["Поиск", "Заявка", "Одобрение", "Сделка"],
        Segments =
        [
            new Segment("young", "Молодая семья", "Двое детей, ипотека впервые, сравнивают банки вечером с телефона."),
            new Segment("it", "IT specialist", "Relocating; needs everything \"online\", no paper."),
        ],
        KpiEnabled = true,
        Anonymous = true,
        Timebox = TimeSpan.FromMinutes(7),
        Language = Language.Ru,
        CreatedBy = Alice,
        CreatedAt = createdAt ?? T0,
        Facilitators = [Alice.Id, Bob.Id],
        Version = 3,
        CopiedFromId = "workshop:previous/2024-Q4",
    };

    /// <summary>No timebox, no copy, first version, no co-facilitator: the nullable fields left empty.</summary>
    public static WorkshopFrame PlainFrame(string id) => Frame(id) with
    {
        Timebox = null,
        Version = 1,
        CopiedFromId = null,
        Facilitators = [Alice.Id],
        Anonymous = false,
        KpiEnabled = false,
        Language = Language.En,
        Template = StageTemplate.Lifecycle,
        MapType = MapType.CurrentState,
        Stages = StageTemplates.Stages(StageTemplate.Lifecycle, Language.En),
    };

    public static WorkshopProgress Progress(WorkshopFrame frame) => WorkshopProgress.Begin(frame, T0.AddMinutes(1));

    /// <summary>A workshop whose session is over (closed): another may start in its conversation.</summary>
    public static WorkshopProgress Concluded(WorkshopFrame frame) => Progress(frame) with { Status = WorkshopStatus.Closed, TimerDueAt = null };

    public static Contribution Answer(string workshopId, string id, Participant author, string text, DateTimeOffset at) => new()
    {
        Id = id,
        WorkshopId = workshopId,
        Kind = ContributionKind.Answer,
        Author = author,
        At = at,
        SegmentId = "young",
        StageIndex = 1,
        Question = QuestionKey.Emotions,
        Text = text,
        Score = -2,
        Source = EvidenceSource.SupportTickets,
        IsAsync = false,
    };

    public static Contribution Change(string workshopId, string id, Participant author, ContributionKind kind, string targetId, string? text, DateTimeOffset at) => new()
    {
        Id = id,
        WorkshopId = workshopId,
        Kind = kind,
        Author = author,
        At = at,
        Text = text,
        TargetId = targetId,
    };

    public static void AssertSameFrame(WorkshopFrame expected, WorkshopFrame actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.ConversationId, actual.ConversationId);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Product, actual.Product);
        Assert.Equal(expected.Goal, actual.Goal);
        Assert.Equal(expected.MapType, actual.MapType);
        Assert.Equal(expected.Template, actual.Template);
        Assert.Equal(expected.Stages, actual.Stages);
        Assert.Equal(expected.Segments, actual.Segments);
        Assert.Equal(expected.KpiEnabled, actual.KpiEnabled);
        Assert.Equal(expected.Anonymous, actual.Anonymous);
        Assert.Equal(expected.Timebox, actual.Timebox);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.CreatedBy, actual.CreatedBy);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.Facilitators, actual.Facilitators);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.CopiedFromId, actual.CopiedFromId);
        Assert.Equal(expected.BlindStages, actual.BlindStages);
    }
}
