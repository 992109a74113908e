using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.State;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;

namespace CjmBot.Bot.LiveMap;

/// <summary>
/// The live map of a workshop: where its message is and how far it shows the workshop.
/// <paramref name="Reference"/> is the conversation (in a channel: the thread) the message was posted in.
/// </summary>
public sealed record LiveMapState(string MessageId, ConversationReference Reference, MapWatermark? Rendered);

/// <summary>A live map as read, with the ETag to write it back under.</summary>
public sealed record LiveMapItem(LiveMapState State, string ETag);

/// <summary>
/// One map message per workshop that is updated in place as answers arrive, instead of a reply per answer.
/// Its id and its "rendered up to" watermark are a state item of the workshop (so they go with it) under an ETag, so
/// every instance redrawing it agrees on which message is live and never moves the watermark backwards.
/// </summary>
public sealed class LiveMaps(IWorkshopRepository repository, MapRenderSchedule renders)
{
    /// <summary>The state item's name (the application carries it through a deletion, so the message can be removed).</summary>
    public const string StateName = DeleteWorkshopHandler.LiveMapStateName;

    /// <summary>Posts the map as a new message and makes it the workshop's live map.</summary>
    public async Task PostAsync(ITurnContext turn, WorkshopSnapshot workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(workshop);
        var posted = await turn.SendActivityAsync(Message(workshop), cancellationToken).ConfigureAwait(false);
        if (posted.Id is not { Length: > 0 } messageId)
        {
            // Without an id there is nothing to update later; the next `map` posts a fresh one.
            return;
        }

        var live = new LiveMapState(messageId, turn.Activity.GetConversationReference(), MapWatermark.Of(workshop));
        await repository.WriteStateAsync(workshop.Frame.Id, StateName, Persisted.Write(live, BotJsonContext.Default.LiveMapState), WorkshopStateItem.AnyETag, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<LiveMapItem?> ReadAsync(string workshopId, CancellationToken cancellationToken) =>
        Read(await repository.ReadStateAsync(workshopId, StateName, cancellationToken).ConfigureAwait(false));

    /// <summary>The live map as a state item holds it (also one read before a deletion).</summary>
    public static LiveMapItem? Read(WorkshopStateItem? item) =>
        item is not null && Persisted.Read(item.Json, BotJsonContext.Default.LiveMapState) is { } live ? new LiveMapItem(live, item.ETag) : null;

    /// <summary>
    /// Records that the map message <paramref name="rendered"/> was read from now shows <paramref name="watermark"/>.
    /// A conflict means someone else wrote meanwhile: their newer watermark stands; a newer message (a <c>map</c>
    /// command) gets a redraw of its own; otherwise ours is written over theirs.
    /// </summary>
    public async Task AdvanceAsync(string workshopId, LiveMapItem rendered, MapWatermark watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var current = rendered;
        while (true)
        {
            try
            {
                var json = Persisted.Write(current.State with { Rendered = watermark }, BotJsonContext.Default.LiveMapState);
                await repository.WriteStateAsync(workshopId, StateName, json, current.ETag, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (WorkshopStateConflictException)
            {
                var latest = await ReadAsync(workshopId, cancellationToken).ConfigureAwait(false);
                if (latest is null)
                {
                    return;
                }

                if (latest.State.MessageId != rendered.State.MessageId)
                {
                    await renders.RequestAsync(workshopId, cancellationToken).ConfigureAwait(false);
                    return;
                }

                if (!watermark.IsNewerThan(latest.State.Rendered))
                {
                    return;
                }

                current = latest;
            }
        }
    }

    /// <summary>The map card as a message activity; its id, when set, names the message it replaces.</summary>
    public static Activity Message(WorkshopSnapshot workshop, string? replaces = null) => new()
    {
        Id = replaces,
        Attachments = [Attachment.AdaptiveCard(MapCard.Create(workshop))],
    };

    /// <summary>Addressed like a reply in the conversation the message was posted in, without running a turn (no apology on failure).</summary>
    public static Activity Addressed(Activity message, ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(reference);
        message.Type = ActivityTypes.Message;
        message.ChannelId = reference.ChannelId;
        message.ServiceUrl = reference.ServiceUrl;
        message.Conversation = reference.Conversation;
        message.From = reference.Bot;
        message.Recipient = reference.User;
        return message;
    }
}
