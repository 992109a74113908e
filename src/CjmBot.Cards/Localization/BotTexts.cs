using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

public static class BotTexts
{
    public static BotText English { get; } = new()
    {
        Language = Language.En,
        Locale = "en-US",
        Welcome = "👋 Hi! I'm CjmBot. I run Customer Journey Map workshops right here in the chat: stage by stage, "
            + "question by question, with every answer saved as it arrives. Type **help** to see what I can do.",
        HelpHeading = "CjmBot commands",
        HelpIntro = "Type a command in the chat. In channels and group chats, @mention me first.",
        HelpCommandColumn = "Command",
        HelpFooter = "Commands work in English and in Russian.",
        OtherLanguageButton = "Русский",
        NewWorkshopButton = "Start a workshop",
        NotUnderstood = "Sorry, I didn't get that. Type **help** to see the commands I know.",
        EmptyMessage = "I'm here. Type **help** to see what I can do.",
        TurnFailed = "Sorry, something went wrong on my side. Everything recorded before is safe; please try again.",
        UnknownCardAction = "This button no longer does anything. Type **help** to start again.",
    };

    public static BotText Russian { get; } = new()
    {
        Language = Language.Ru,
        Locale = "ru-RU",
        Welcome = "👋 Привет! Я CjmBot. Я провожу воркшопы по карте пути клиента (CJM) прямо в чате: этап за этапом, "
            + "вопрос за вопросом, и сохраняю каждый ответ сразу. Напишите **помощь** (или help), чтобы увидеть, что я умею.",
        HelpHeading = "Команды CjmBot",
        HelpIntro = "Напишите команду в чат. В каналах и групповых чатах сначала упомяните меня через @.",
        HelpCommandColumn = "Команда",
        HelpFooter = "Команды работают на русском и на английском.",
        OtherLanguageButton = "English",
        NewWorkshopButton = "Начать воркшоп",
        NotUnderstood = "Извините, я не понял. Напишите **помощь**, чтобы увидеть список команд.",
        EmptyMessage = "Я здесь. Напишите **помощь**, чтобы увидеть, что я умею.",
        TurnFailed = "Извините, у меня что-то пошло не так. Всё, что уже записано, сохранено; попробуйте ещё раз.",
        UnknownCardAction = "Эта кнопка больше не работает. Напишите **помощь**, чтобы начать заново.",
    };
}
