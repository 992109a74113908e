using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.Exports;
using CjmBot.Bot.State;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Cards.Localization;
using CjmBot.Workshops;
using Microsoft.Extensions.Logging;

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
public sealed class LiveMaps(IWorkshopRepository repository, MapRenderSchedule renders, ChannelAdapter adapter, ExportLinks links, ILogger<LiveMaps> logger)
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
    /// <returns>False when the workshop is gone: it was deleted while the map was being drawn.</returns>
    public async Task<bool> AdvanceAsync(string workshopId, LiveMapItem rendered, MapWatermark watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var current = rendered;
        while (true)
        {
            try
            {
                var json = Persisted.Write(current.State with { Rendered = watermark }, BotJsonContext.Default.LiveMapState);
                return await repository.WriteStateAsync(workshopId, StateName, json, current.ETag, cancellationToken).ConfigureAwait(false) is not null;
            }
            catch (WorkshopStateConflictException)
            {
                var latest = await ReadAsync(workshopId, cancellationToken).ConfigureAwait(false);
                if (latest is null)
                {
                    return await repository.GetHeadAsync(workshopId, cancellationToken).ConfigureAwait(false) is not null;
                }

                if (latest.State.MessageId != rendered.State.MessageId)
                {
                    await renders.RequestAsync(workshopId, cancellationToken).ConfigureAwait(false);
                    return true;
                }

                if (!watermark.IsNewerThan(latest.State.Rendered))
                {
                    return true;
                }

                current = latest;
            }
        }
    }

    /// <summary>
    /// Takes a deleted workshop's map message out of the chat, which would otherwise go on showing what was deleted; where
    /// the chat will not delete it (the Agents Playground cannot), its content becomes a note that the workshop was deleted.
    /// </summary>
    public async Task<MapMessageRemoval> RetractAsync(string workshopId, LiveMapState map, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        try
        {
            await adapter.DeleteActivityAsync(map.Reference, map.MessageId, cancellationToken).ConfigureAwait(false);
            return MapMessageRemoval.Removed;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.LiveMapMessageNotDeleted(logger, exception, workshopId);
        }

        try
        {
            var note = new Activity { Id = map.MessageId, Attachments = [Attachment.AdaptiveCard(MessageCard.Create(SummaryText.For(language).MapDeletedNote, language))] };
            await adapter.UpdateActivityAsync(Addressed(note, map.Reference), cancellationToken).ConfigureAwait(false);
            return MapMessageRemoval.Replaced;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.LiveMapMessageKept(logger, exception, workshopId);
            return MapMessageRemoval.Kept;
        }
    }

    /// <summary>
    /// The map card as a message activity, with a fresh signed link to the live map page; its id, when set, names the
    /// message it replaces.
    /// </summary>
    public Activity Message(WorkshopSnapshot workshop, string? replaces = null)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return new()
        {
            Id = replaces,
            Attachments = [Attachment.AdaptiveCard(MapCard.Create(workshop, links.CreateMapPage(workshop.Frame.Id, workshop.Frame.Language)))],
        };
    }

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
