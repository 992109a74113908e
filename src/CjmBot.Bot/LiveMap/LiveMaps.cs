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
/// One map message per workshop that is updated in place as answers arrive, instead of a reply per answer.
/// Its id and its "rendered up to" watermark are a state item of the workshop (so they go with it) under an ETag, so
/// every instance redrawing it agrees on which message is live and never moves the watermark backwards.
/// </summary>
public sealed class LiveMaps(
    IWorkshopRepository repository, MapRenderSchedule renders, ChannelAdapter adapter, ExportLinks links, TimeProvider time, ILogger<LiveMaps> logger)
{
    /// <summary>The state item's name (the application carries it through a deletion, so the message can be removed).</summary>
    public const string StateName = WorkshopDeletion.LiveMapStateName;

    /// <summary>Earlier map messages remembered for their pointer to the newer one (the oldest beyond are left as they are).</summary>
    public const int MaxSuperseded = 20;

    /// <summary>
    /// Posts the map as a new message and makes it the workshop's live map. The one it replaces is remembered, so the next
    /// redraw tells it that a newer map exists (coalesced with the redraws, within the chat's rate limits).
    /// </summary>
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

        var fresh = new LiveMapState(messageId, turn.Activity.GetConversationReference(), MapWatermark.Of(workshop))
        {
            PostedAfterContributions = ChatContributions(workshop),
            PostedAt = time.GetUtcNow(),
        };
        var replaced = false;
        await ChangeAsync(workshop.Frame.Id, before =>
        {
            replaced = before is not null && before.MessageId != messageId;
            return before is null ? fresh : fresh with { Question = before.Question, Superseded = Supersede(before.Superseded, before.MessageId, messageId) };
        }, cancellationToken).ConfigureAwait(false);
        if (replaced)
        {
            await renders.RequestAfterStoringAsync(workshop.Frame.Id, logger, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The question card just posted for the session's current question becomes the one whose count is kept up to date.</summary>
    public Task RecordQuestionCardAsync(WorkshopSnapshot workshop, string messageId, bool withControls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var position = workshop.Progress.Position;
        var shown = QuestionCardCount.Of(workshop, position);
        var card = new LiveQuestionCard(
            messageId, position.Segment, position.Stage, position.Question, workshop.Progress.Revision, shown.Answers, shown.People, time.GetUtcNow(), withControls,
            shown.Blind);
        return ChangeAsync(workshop.Frame.Id, live => live is null ? null : live with { Question = card, BotPostsSince = live.BotPostsSince + 1 }, cancellationToken);
    }

    /// <summary>Contributions given in the workshop's chat (answers in personal chats add no message to it).</summary>
    public static int ChatContributions(WorkshopSnapshot workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return workshop.Contributions.Count(contribution => !contribution.IsAsync);
    }

    public static IReadOnlyList<string> Supersede(IReadOnlyList<string>? superseded, string old, string current) =>
        [.. (superseded ?? []).Append(old).Where(id => id != current).Distinct(StringComparer.Ordinal).TakeLast(MaxSuperseded)];

    public async Task<LiveMapItem?> ReadAsync(string workshopId, CancellationToken cancellationToken) =>
        Read(await repository.ReadStateAsync(workshopId, StateName, cancellationToken).ConfigureAwait(false));

    /// <summary>The live map as a state item holds it (also one read before a deletion).</summary>
    public static LiveMapItem? Read(WorkshopStateItem? item) =>
        item is not null && Persisted.Read(item.Json, BotJsonContext.Default.LiveMapState) is { } live ? new LiveMapItem(live, item.ETag) : null;

    /// <summary>
    /// Changes the live map's state under its ETag: <paramref name="change"/> gets the latest state (null: none yet) and
    /// returns the new one (null: nothing to write); a conflict reads again and asks again, so nobody's change is lost.
    /// </summary>
    /// <param name="known">The state as already read, to spare the first read.</param>
    /// <returns>False when the workshop is gone: it was deleted meanwhile.</returns>
    public async Task<bool> ChangeAsync(string workshopId, Func<LiveMapState?, LiveMapState?> change, CancellationToken cancellationToken, LiveMapItem? known = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = known ?? await ReadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            if (change(current?.State) is not { } next)
            {
                return true;
            }

            try
            {
                var json = Persisted.Write(next, BotJsonContext.Default.LiveMapState);
                return await repository.WriteStateAsync(workshopId, StateName, json, current?.ETag, cancellationToken).ConfigureAwait(false) is not null;
            }
            catch (WorkshopStateConflictException)
            {
                current = await ReadAsync(workshopId, cancellationToken).ConfigureAwait(false);
                if (current is null && await repository.GetHeadAsync(workshopId, cancellationToken).ConfigureAwait(false) is null)
                {
                    return false;
                }
            }
        }
    }

    /// <summary>Replaces an earlier map message by a one-line pointer to the map below.</summary>
    public Task StubAsync(string messageId, ConversationReference reference, string text, Language language, CancellationToken cancellationToken)
    {
        var stub = new Activity { Id = messageId, Attachments = [Attachment.AdaptiveCard(MessageCard.Create(text, language))] };
        return adapter.UpdateActivityAsync(Addressed(stub, reference), cancellationToken);
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
