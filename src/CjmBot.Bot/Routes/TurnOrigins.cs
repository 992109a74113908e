using CjmBot.Application.Requests;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;

namespace CjmBot.Bot.Routes;

/// <summary>What the application is told of a turn: <see cref="Origin"/>, built once per turn and shared by everything the turn runs.</summary>
public static class TurnOrigins
{
    private const string Key = "cjm.origin";

    public static Origin Of(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.TurnState.TryGetValue(Key, out var cached) && cached is Origin known)
        {
            return known;
        }

        var activity = turn.Activity;
        var origin = new Origin(
            WorkshopConversation.Key(activity),
            activity.Id ?? throw new InvalidOperationException("The activity has no id."),
            WorkshopConversation.Sender(activity),
            activity.Conversation?.ConversationType switch
            {
                ConversationTypes.Personal => ChatKind.Personal,
                ConversationTypes.Channel => ChatKind.Channel,
                _ => ChatKind.GroupChat,
            })
        {
            CardMessageId = activity.ReplyToId,
        };
        turn.TurnState[Key] = origin;
        return origin;
    }
}
