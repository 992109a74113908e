using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Bot.Exports;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using CjmBot.Protocol.State;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.LiveMap;

namespace CjmBot.Bot.Workshops;

/// <summary>
/// The live map of a workshop: where its message is and how far it shows the workshop.
/// <paramref name="Reference"/> is the conversation (in a channel: the thread) the message was posted in.
/// </summary>
public sealed record LiveMapState(string MessageId, ConversationReference Reference, MapWatermark? Rendered);

/// <summary>A live map as read, with the ETag to write it back under.</summary>
public sealed record LiveMapItem(LiveMapState State, string ETag);

/// <summary>
/// One map message per workshop that is updated in place as answers arrive, instead of a reply per answer.
/// Its id and its "rendered up to" watermark live in state (<c>map/{workshopId}</c>) under an ETag, so every
/// instance redrawing it agrees on which message is live and never moves the watermark backwards.
/// </summary>
public sealed class LiveMaps(IStateStore state, MapRenderSchedule renders, ExportLinks links)
{
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
        await state.WriteAsync(Key(workshop.Frame.Id), Write(live), IStateStore.AnyETag, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LiveMapItem?> ReadAsync(string workshopId, CancellationToken cancellationToken)
    {
        var item = await state.ReadAsync(Key(workshopId), cancellationToken).ConfigureAwait(false);
        return item is null || Read(item.Value) is not { } live ? null : new LiveMapItem(live, item.ETag);
    }

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
                await state.WriteAsync(Key(workshopId), Write(current.State with { Rendered = watermark }), current.ETag, cancellationToken)
                    .ConfigureAwait(false);
                return;
            }
            catch (StateConflictException)
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
        message.Type = ActivityTypes.Message;
        message.ChannelId = reference.ChannelId;
        message.ServiceUrl = reference.ServiceUrl;
        message.Conversation = reference.Conversation;
        message.From = reference.Bot;
        message.Recipient = reference.User;
        return message;
    }

    internal static string Key(string workshopId) => StateKeys.Build("map", workshopId);

    private static JsonObject Write(LiveMapState live) => new()
    {
        ["messageId"] = live.MessageId,
        ["reference"] = JsonNode.Parse(ProtocolJson.Serialize(live.Reference)),
        ["renderedCount"] = live.Rendered?.Contributions,
        ["renderedAt"] = live.Rendered?.LatestAt?.ToString("O", CultureInfo.InvariantCulture),
        ["renderedRevision"] = live.Rendered?.ProgressRevision,
        ["renderedDecisionsAt"] = live.Rendered?.DecisionsAt?.ToString("O", CultureInfo.InvariantCulture),
    };

    private static LiveMapState? Read(JsonObject value)
    {
        if (value["messageId"]?.GetValue<string>() is not { } messageId
            || value["reference"] is not JsonObject referenceJson
            || ProtocolJson.Deserialize<ConversationReference>(referenceJson.ToJsonString()) is not { } reference)
        {
            return null;
        }

        MapWatermark? rendered = value["renderedCount"]?.GetValue<int>() is { } count
            ? new MapWatermark(
                count,
                Time(value["renderedAt"]),
                value["renderedRevision"]?.GetValue<int>() ?? 0,
                Time(value["renderedDecisionsAt"]))
            : null;
        return new LiveMapState(messageId, reference, rendered);
    }

    private static DateTimeOffset? Time(JsonNode? value) =>
        value?.GetValue<string>() is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null;
}
