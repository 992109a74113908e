using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;

namespace CjmBot.Bot.Routes;

/// <summary>The user's words in a message turn: the text with the bot's own @mention removed, computed once per turn.</summary>
public static class TurnText
{
    private const string Key = "cjm.userText";

    public static string Get(ITurnContext turn)
    {
        if (turn.TurnState.TryGetValue(Key, out var cached))
        {
            return (string)cached;
        }

        var text = turn.Activity.Type == ActivityTypes.Message ? turn.Activity.RemoveRecipientMention() ?? "" : "";
        turn.TurnState[Key] = text;
        return text;
    }

    public static Task<ResourceResponse> ReplyAsync(this ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(new Activity { Text = text, TextFormat = "markdown" }, cancellationToken);
}
