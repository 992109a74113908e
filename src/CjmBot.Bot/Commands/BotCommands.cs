namespace CjmBot.Bot.Commands;

/// <summary>The commands the bot understands, in the order the help card lists them.</summary>
public static class BotCommands
{
    public static readonly BotCommand Help = new("help", "помощь", "Show what I can do", "Показать, что я умею")
    {
        Aliases = ["?", "справка", "хелп"],
    };

    public static readonly BotCommand New = new("new", "новый", "Start a new journey-map workshop", "Начать новый воркшоп по карте пути клиента")
    {
        Aliases = ["новая"],
    };

    public static readonly BotCommand Map = new("map", "карта", "Show the current map", "Показать текущую карту");

    public static readonly BotCommand Insight = new("insight", "инсайт", "Note an insight", "Записать инсайт")
    {
        Argument = "<text>", RussianArgument = "<текст>", TakesArgument = true,
    };

    public static readonly BotCommand Edit = new("edit", "изменить", "Replace the text of your last answer", "Заменить текст вашего последнего ответа")
    {
        Argument = "<text>", RussianArgument = "<текст>", TakesArgument = true,
    };

    public static readonly BotCommand Undo = new("undo", "отменить", "Remove your last answer", "Удалить ваш последний ответ");

    public static readonly BotCommand Status = new("status", "статус", "Where the workshop stands", "Где сейчас воркшоп");

    public static readonly BotCommand Question = new("question", "вопрос", "Show the current question again", "Показать текущий вопрос ещё раз");

    public static readonly BotCommand Next = new("next", "дальше", "Next question (facilitators)", "Следующий вопрос (ведущие)")
    {
        FacilitatorOnly = true, Aliases = ["далее"],
    };

    public static readonly BotCommand Back = new("back", "назад", "Previous question (facilitators)", "Предыдущий вопрос (ведущие)")
    {
        FacilitatorOnly = true,
    };

    public static readonly BotCommand Skip = new("skip", "пропустить", "Skip the current question (facilitators)", "Пропустить вопрос (ведущие)")
    {
        FacilitatorOnly = true,
    };

    public static readonly BotCommand Goto = new("goto", "перейти", "Jump to a stage (facilitators)", "Перейти к этапу (ведущие)")
    {
        Argument = "<stage>", RussianArgument = "<этап>", TakesArgument = true, FacilitatorOnly = true,
    };

    public static readonly BotCommand Timer = new("timer", "таймер", "Timebox the current question (facilitators)", "Ограничить время на вопрос (ведущие)")
    {
        Argument = "<minutes>", RussianArgument = "<минуты>", TakesArgument = true, FacilitatorOnly = true,
    };

    public static readonly BotCommand Pause = new("pause", "пауза", "Pause the workshop (facilitators)", "Поставить воркшоп на паузу (ведущие)")
    {
        FacilitatorOnly = true,
    };

    public static readonly BotCommand Resume = new("resume", "продолжить", "Resume the workshop (facilitators)", "Продолжить воркшоп (ведущие)")
    {
        FacilitatorOnly = true,
    };

    public static readonly BotCommand Close = new("close", "закрыть", "Close the workshop (facilitators)", "Закрыть воркшоп (ведущие)")
    {
        FacilitatorOnly = true,
    };

    public static readonly BotCommand Reopen = new("reopen", "открыть", "Reopen a closed workshop (facilitators)", "Снова открыть закрытый воркшоп (ведущие)")
    {
        FacilitatorOnly = true,
    };

    public static readonly BotCommand Blind = new(
        "blind", "вслепую", "Run the current question blind, or with stage the whole stage: answers hidden until reveal (facilitators)",
        "Провести текущий вопрос вслепую, или с «этап» весь этап: ответы скрыты до раскрытия (ведущие)")
    {
        Argument = "[stage]", RussianArgument = "[этап]", TakesArgument = true, FacilitatorOnly = true,
        AcceptsArgument = new HashSet<string>(["stage", "этап"], StringComparer.OrdinalIgnoreCase).Contains,
    };

    // "открыть" already reopens a closed workshop, so the Russian word for a reveal is "раскрыть".
    public static readonly BotCommand Reveal = new("reveal", "раскрыть", "Show every blind answer at once (facilitators)", "Показать все ответы, данные вслепую (ведущие)")
    {
        FacilitatorOnly = true,
    };

    public static readonly BotCommand Copy = new("copy", "копия", "Copy the workshop as the next version (facilitators)", "Скопировать воркшоп как новую версию (ведущие)")
    {
        FacilitatorOnly = true,
    };

    public static readonly BotCommand CoFacilitator = new("cofacilitator", "соведущий", "Add co-facilitators (facilitators)", "Добавить соведущих (ведущие)")
    {
        Argument = "@name", RussianArgument = "@имя", TakesArgument = true, FacilitatorOnly = true,
    };

    // Asynchronous contributors (personal-chat sequences).
    public static readonly BotCommand Invite = new("invite", "пригласить", "Invite people to answer in their personal chat (facilitators)", "Пригласить ответить в личном чате (ведущие)")
    {
        Argument = "@name … [as <role>] | all", RussianArgument = "@имя … [как <роль>] | всех", TakesArgument = true, FacilitatorOnly = true,
    };

    public static readonly BotCommand Role = new("role", "роль", "Assign stages to a role (facilitators)", "Назначить роли этапы (ведущие)")
    {
        Argument = "<role>: <stages>", RussianArgument = "<роль>: <этапы>", TakesArgument = true, FacilitatorOnly = true, Aliases = ["roles", "роли"],
    };

    public static readonly BotCommand Deadline = new("deadline", "срок", "Deadline for personal-chat answers (facilitators)", "Срок ответов в личном чате (ведущие)")
    {
        Argument = "<48h | date time>", RussianArgument = "<48ч | дата время>", TakesArgument = true, FacilitatorOnly = true, Aliases = ["дедлайн"],
    };

    public static readonly BotCommand Vote = new("vote", "голосование", "Open dot-voting on the answers (or on the accepted themes), set the votes per person, or close it (facilitators)", "Открыть голосование точками за ответы (или за принятые темы), задать число голосов или закрыть (ведущие)")
    {
        Argument = "[themes] [votes | close]", RussianArgument = "[темы] [голоса | закрыть]", TakesArgument = true, FacilitatorOnly = true, Aliases = ["голосовать"],
    };

    public static readonly BotCommand Actions = new("actions", "задачи", "Turn the top solutions into action items (facilitators)", "Превратить лучшие решения в задачи (ведущие)")
    {
        FacilitatorOnly = true,
    };

    public static readonly BotCommand Conclude = new("conclude", "выводы", "Ask the group for conclusions (facilitators)", "Попросить группу сделать выводы (ведущие)")
    {
        FacilitatorOnly = true,
    };

    public static readonly BotCommand Themes = new(
        "themes", "темы", "Propose themes for a lane's answers: barriers (default), solutions or another lane (facilitators)",
        "Предложить темы по ответам колонки: барьеры (по умолчанию), решения или другая (ведущие)")
    {
        Argument = "[barriers | solutions | <lane>]", RussianArgument = "[барьеры | решения | <колонка>]", TakesArgument = true, FacilitatorOnly = true,
        AcceptsArgument = ThemeLanes.Words.Contains,
    };

    public static readonly BotCommand Export = new(
        "export", "экспорт", "Summary and download links (facilitators); add quiet to get them privately",
        "Итоги и ссылки для скачивания (ведущие); добавьте «тихо», чтобы получить их лично")
    {
        Argument = "[quiet]", RussianArgument = "[тихо]", TakesArgument = true, FacilitatorOnly = true,
    };

    public static readonly BotCommand Delete = new("delete", "удалить", "Delete the workshop and everything in it (facilitators)", "Удалить воркшоп и всё, что в нём записано (ведущие)")
    {
        FacilitatorOnly = true,
    };

    public static readonly BotCommand Retention = new(
        "retention", "хранение", "How long the workshop is kept once closed: days, off or default (facilitators)",
        "Сколько воркшоп хранится после закрытия: дни, выкл или по умолчанию (ведущие)")
    {
        Argument = "[days | off | default]", RussianArgument = "[дни | выкл | по умолчанию]", TakesArgument = true, FacilitatorOnly = true,
        AcceptsArgument = RetentionArguments.Accepts,
    };

    public static readonly BotCommand Forget = new(
        "forget", "забудь", "Remove everything you said in every workshop (in your personal chat with me); facilitators: one participant of this workshop",
        "Удалить всё, что вы сказали во всех воркшопах (в личном чате со мной); ведущие: одного участника этого воркшопа")
    {
        Argument = "me | @name", RussianArgument = "меня | @имя", TakesArgument = true,
        AcceptsArgument = ForgetArguments.Accepts,
    };

    public static readonly BotCommand MyData = new(
        "my", "мои", "Get everything you said in this bot's workshops as a file (in your personal chat with me)",
        "Получить всё, что вы сказали в воркшопах этого бота, файлом (в личном чате со мной)")
    {
        Argument = "data", RussianArgument = "данные", TakesArgument = true, Aliases = ["mydata"],
        AcceptsArgument = new HashSet<string>(["data", "данные"], StringComparer.OrdinalIgnoreCase).Contains,
    };

    public static IReadOnlyList<BotCommand> All { get; } =
        [Help, New, Map, Insight, Edit, Undo, Status, Question, Next, Back, Skip, Goto, Timer, Pause, Resume, Close, Reopen, Blind, Reveal, Copy, CoFacilitator,
            Invite, Role, Deadline,
            Vote, Themes, Actions, Conclude,
            Export, Retention, Delete, MyData, Forget];
}
