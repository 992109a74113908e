using CjmBot.Bot.Async;
using CjmBot.Bot.Scheduling;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.State;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Deletion;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Workshops;

/// <summary>What deleting a workshop removed everywhere: its rows, its scheduled jobs, the bot's state about it and its map message.</summary>
public sealed record WorkshopDeletionReport(WorkshopRemoval Rows, int ScheduledJobs, int StateItems, MapMessageRemoval MapMessage = MapMessageRemoval.NoMap);

/// <summary>What became of the workshop's live map message in the chat.</summary>
public enum MapMessageRemoval
{
    NoMap,
    Removed,

    /// <summary>The chat would not delete it (the Agents Playground cannot), so it now says the workshop was deleted.</summary>
    Replaced,

    /// <summary>The chat refused or could not be reached; the data is gone all the same.</summary>
    Kept,
}

/// <summary>
/// Removes a workshop completely: jobs first (so no timer or redraw runs against a half-deleted workshop), then the
/// bot's state about it (the live map's message id, the conversation address), then its partition and index row, and
/// last the live map message in the chat, which would otherwise go on showing what was deleted.
/// Every kind of job the bot runs is keyed <c>{kind}/{workshop id}[/…]</c>, so the registered handlers' kinds name
/// them all, including kinds added later.
/// </summary>
public sealed class WorkshopDeletion(
    IWorkshopRepository repository,
    IScheduledJobStore jobs,
    IStateStore state,
    IEnumerable<IScheduledJobHandler> handlers,
    AsyncSequenceCursor cursors,
    LiveMaps maps,
    ChannelAdapter adapter,
    ILogger<WorkshopDeletion> logger)
{
    private readonly IReadOnlyList<string> _jobKinds = handlers.Select(handler => handler.Kind).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The report, or null when the workshop was gone already.</summary>
    /// <param name="language">The workshop's language, for the note that replaces its map where the chat will not delete it.</param>
    public async Task<WorkshopDeletionReport?> DeleteAsync(string workshopId, Language language, CancellationToken cancellationToken)
    {
        var removedJobs = 0;
        foreach (var kind in _jobKinds)
        {
            removedJobs += await jobs.CancelAllAsync(kind + "/" + workshopId, cancellationToken).ConfigureAwait(false);
        }

        // Where the map message is, and invited people's sequences (state items keyed by person): read before they go.
        var map = await maps.ReadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        var invited = (await repository.ListInvitationsAsync(workshopId, cancellationToken).ConfigureAwait(false))
            .Select(invitation => invitation.Person.Id).ToList();
        var removedState = 0;
        foreach (var key in StateKeysOf(workshopId, invited))
        {
            if (await state.DeleteAsync(key, eTag: null, cancellationToken).ConfigureAwait(false))
            {
                removedState++;
            }
        }

        foreach (var person in invited)
        {
            await cursors.ClearAsync(person, workshopId, cancellationToken).ConfigureAwait(false);
        }

        var rows = await repository.DeleteAsync(workshopId, cancellationToken).ConfigureAwait(false);
        if (rows is null)
        {
            return null;
        }

        Log.WorkshopDeleted(logger, workshopId, rows.Total, removedJobs, removedState);
        var mapMessage = map is null
            ? MapMessageRemoval.NoMap
            : await RemoveMapMessageAsync(workshopId, map.State, language, cancellationToken).ConfigureAwait(false);
        return new WorkshopDeletionReport(rows, removedJobs, removedState, mapMessage);
    }

    private async Task<MapMessageRemoval> RemoveMapMessageAsync(string workshopId, LiveMapState map, Language language, CancellationToken cancellationToken)
    {
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
            var note = new Activity
            {
                Id = map.MessageId,
                Attachments = [Attachment.AdaptiveCard(MessageCard.Create(SummaryText.For(language).MapDeletedNote, language))],
            };
            await adapter.UpdateActivityAsync(LiveMaps.Addressed(note, map.Reference), cancellationToken).ConfigureAwait(false);
            return MapMessageRemoval.Replaced;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.LiveMapMessageKept(logger, exception, workshopId);
            return MapMessageRemoval.Kept;
        }
    }

    /// <summary>Every state item the bot keeps about one workshop: its live map, its address, each invited person's sequence.</summary>
    public static IReadOnlyList<string> StateKeysOf(string workshopId, IEnumerable<string> invitedPeople) =>
        [LiveMaps.Key(workshopId), ConversationReferences.Key(workshopId), .. invitedPeople.Select(person => AsyncSequences.StateKey(workshopId, person))];
}
