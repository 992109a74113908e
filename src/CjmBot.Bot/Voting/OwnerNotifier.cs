using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops.Frame;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Voting;

/// <summary>
/// Tells the owner of an action item in a personal chat: creates (or gets) the bot's 1:1 conversation with them and
/// posts into it. Teams refuses when the app is not installed for that person; the caller then tells the facilitator.
/// </summary>
public sealed class OwnerNotifier(ILogger<OwnerNotifier> logger)
{
    public async Task<bool> TryNotifyAsync(ITurnContext turn, string workshopId, Participant owner, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(owner);
        try
        {
            var reference = await turn.CreatePersonalConversationAsync(new ChannelAccount { Id = owner.Id, Name = owner.Name }, cancellationToken)
                .ConfigureAwait(false);
            if (reference is null)
            {
                Log.OwnerNotNotified(logger, null, workshopId);
                return false;
            }

            var sent = false;
            await turn.Adapter.ContinueConversationAsync(reference, async (personal, ct) =>
            {
                await personal.SendActivityAsync(new Activity { Text = text, TextFormat = "plain" }, ct).ConfigureAwait(false);
                sent = true;
            }, cancellationToken).ConfigureAwait(false);
            if (!sent)
            {
                // The proactive turn swallowed the failure (and logged it); the facilitator must know.
                Log.OwnerNotNotified(logger, null, workshopId);
            }

            return sent;
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException or InvalidOperationException)
        {
            Log.OwnerNotNotified(logger, exception, workshopId);
            return false;
        }
    }
}
