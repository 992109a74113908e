namespace CjmBot.Workshops.Frame;

public enum StageTemplate
{
    /// <summary>Awareness, Consideration, Purchase, Retention, Advocacy.</summary>
    Lifecycle,

    /// <summary>Awareness, Interest, Desire, Action, Loyalty.</summary>
    AidaLoyalty,

    Custom,
}

/// <summary>The two stage templates from practice, in both languages.</summary>
public static class StageTemplates
{
    private static readonly string[] LifecycleEn = ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"];
    private static readonly string[] LifecycleRu = ["Осведомлённость", "Рассмотрение", "Покупка", "Удержание", "Рекомендация"];
    private static readonly string[] AidaEn = ["Awareness", "Interest", "Desire", "Action", "Loyalty"];
    private static readonly string[] AidaRu = ["Внимание", "Интерес", "Желание", "Действие", "Лояльность"];

    public static IReadOnlyList<string> Stages(StageTemplate template, Language language) => template switch
    {
        StageTemplate.Lifecycle => language == Language.Ru ? LifecycleRu : LifecycleEn,
        StageTemplate.AidaLoyalty => language == Language.Ru ? AidaRu : AidaEn,
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, "A custom template has no fixed stages."),
    };
}
