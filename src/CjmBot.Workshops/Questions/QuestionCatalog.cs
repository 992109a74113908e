namespace CjmBot.Workshops.Questions;

/// <summary>A question's wording: the prompt and a hint of what a good answer holds.</summary>
public sealed record QuestionText(string Prompt, string Hint, string Lane);

/// <summary>
/// The questions of every stage, in order, with the method's reference wording in both languages
/// (docs/method.md). The wording is product content: change it only together with the method.
/// </summary>
public static class QuestionCatalog
{
    private static readonly QuestionKey[] SixQuestions =
        [QuestionKey.Goal, QuestionKey.Touchpoints, QuestionKey.Emotions, QuestionKey.Barriers, QuestionKey.Solutions, QuestionKey.Channels];

    private static readonly QuestionKey[] WithKpi = [.. SixQuestions, QuestionKey.Kpi];

    public static IReadOnlyList<QuestionKey> For(bool kpiEnabled) => kpiEnabled ? WithKpi : SixQuestions;

    public static QuestionText Text(QuestionKey key, Language language) => language == Language.Ru ? Russian(key) : English(key);

    private static QuestionText English(QuestionKey key) => key switch
    {
        QuestionKey.Goal => new("What is the customer's goal at this stage?", "What they want to achieve, in their words.", "Goal"),
        QuestionKey.Touchpoints => new("Where does the customer meet us at this stage?", "Online and offline: site, ad, call, store, support chat, review.", "Touchpoints"),
        QuestionKey.Emotions => new("What does the customer feel here?", "A feeling plus a score from -2 (angry) to +2 (delighted).", "Emotions"),
        QuestionKey.Barriers => new("What stops or frustrates the customer?", "Pain points, doubts, friction, drop-off reasons.", "Barriers"),
        QuestionKey.Solutions => new("What would remove these barriers?", "Product, process or communication changes.", "Solutions"),
        QuestionKey.Channels => new("Which channels can reach the customer here?", "Social, search, email, partners, events.", "Channels"),
        QuestionKey.Kpi => new("How do we measure success at this stage?", "A metric and, if you know it, a target.", "KPI"),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    private static QuestionText Russian(QuestionKey key) => key switch
    {
        QuestionKey.Goal => new("Какая цель у клиента на этом этапе?", "Чего он хочет добиться — его словами.", "Цель"),
        QuestionKey.Touchpoints => new("Какие точки касания с компанией на этом этапе?", "Онлайн и офлайн: сайт, реклама, звонок, магазин, чат поддержки, отзыв.", "Точки касания"),
        QuestionKey.Emotions => new("Какие эмоции возникают у клиента?", "Чувство и оценка от -2 (злится) до +2 (в восторге).", "Эмоции"),
        QuestionKey.Barriers => new("Какие барьеры стоят перед клиентом?", "Боли, сомнения, трения, причины ухода.", "Барьеры"),
        QuestionKey.Solutions => new("Какие решения помогут преодолеть эти барьеры?", "Изменения в продукте, процессах или коммуникации.", "Решения"),
        QuestionKey.Channels => new("Какие рекламные каналы и каналы коммуникации можно использовать?", "Соцсети, поиск, email, партнёры, мероприятия.", "Каналы"),
        QuestionKey.Kpi => new("Какой KPI у этого этапа?", "Метрика и, если известна, целевое значение.", "KPI"),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };
}
