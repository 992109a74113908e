using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;

namespace CjmBot.Bot.Routes;

/// <summary>The user's words in a message turn: the text with the bot's own @mention removed, computed once per turn.</summary>
public static class TurnText
{
    private const string Key = "cjm.userText";

    public static string Get(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.TurnState.TryGetValue(Key, out var cached))
        {
            return (string)cached;
        }

        var text = turn.Activity.Type == ActivityTypes.Message ? turn.Activity.RemoveRecipientMention() ?? "" : "";
        turn.TurnState[Key] = text;
        return text;
    }

    /// <summary>
    /// Whether the message speaks to the bot: always in a personal chat; in a channel or group chat only with an @mention.
    /// With resource-specific consent Teams delivers every message of those chats, most of them not for the bot.
    /// </summary>
    public static bool IsAddressedToBot(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        return activity.Conversation?.ConversationType is null or ConversationTypes.Personal
            || activity.Entities?.Any(entity => entity.Type == Entity.MentionType && entity.Mentioned?.Id == activity.Recipient?.Id) == true;
    }

    /// <summary>The people the message @mentions, the bot itself left out.</summary>
    public static IReadOnlyList<Workshops.Frame.Participant> MentionedPeople(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return [.. (turn.Activity.Entities ?? [])
            .Where(entity => entity.Type == Entity.MentionType && entity.Mentioned is { } who && who.Id != turn.Activity.Recipient?.Id)
            .Select(entity => new Workshops.Frame.Participant(entity.Mentioned!.Id, entity.Mentioned.Name ?? entity.Mentioned.Id))];
    }

    public static Task<ResourceResponse> ReplyAsync(this ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.SendActivityAsync(new Activity { Text = text, TextFormat = "markdown" }, cancellationToken);
    }
}
