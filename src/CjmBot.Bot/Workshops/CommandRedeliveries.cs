using System.Text.Json.Nodes;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.State;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Workshops;

/// <summary>
/// Teams delivers a message again when the bot was slow to answer it. Answers are recorded once by their activity
/// id; a typed command that changes the session (<c>next</c>, <c>copy</c>, …) carries no revision the way a button
/// does, so this remembers the ids of the last commands per conversation (one state item under ETag) and tells a
/// redelivery apart. Read-only commands are not remembered: answering them twice does no harm.
/// </summary>
public sealed class CommandRedeliveries(IStateStore state, ILogger<CommandRedeliveries> logger)
{
    /// <summary>How many command ids a conversation remembers; redeliveries come within minutes, not hundreds of commands later.</summary>
    public const int Remembered = 50;

    private const int Attempts = 5;

    /// <summary>
    /// True the first time this activity is seen (and remembers it), false for a redelivery, also one arriving while
    /// the first copy is still running. When the item keeps changing underneath, the command runs rather than being lost.
    /// </summary>
    public async Task<bool> IsFirstDeliveryAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Id is not { Length: > 0 } id || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return true;
        }

        var key = StateKeys.Build("commands", activity.ChannelId ?? "", conversationId);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var item = await state.ReadAsync(key, cancellationToken).ConfigureAwait(false);
            var seen = (item?.Value["ids"] as JsonArray ?? [])
                .Select(node => node?.GetValue<string>())
                .OfType<string>()
                .ToList();
            if (seen.Contains(id, StringComparer.Ordinal))
            {
                Log.CommandRedelivered(logger, conversationId, id);
                return false;
            }

            var kept = seen.Skip(Math.Max(0, seen.Count + 1 - Remembered)).Append(id).Select(value => (JsonNode?)JsonValue.Create(value));
            try
            {
                await state.WriteAsync(key, new JsonObject { ["ids"] = new JsonArray([.. kept]) }, item?.ETag, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (StateConflictException)
            {
                // Another command (or this one's other copy) got there first: read again.
            }
        }

        return true;
    }
}
