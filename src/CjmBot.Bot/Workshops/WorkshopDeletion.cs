using CjmBot.Bot.Async;
using CjmBot.Bot.Scheduling;
using CjmBot.Protocol.State;
using CjmBot.Workshops;
using CjmBot.Workshops.Deletion;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Workshops;

/// <summary>What deleting a workshop removed everywhere: its rows, its scheduled jobs and the bot's state about it.</summary>
public sealed record WorkshopDeletionReport(WorkshopRemoval Rows, int ScheduledJobs, int StateItems);

/// <summary>
/// Removes a workshop completely: jobs first (so no timer or redraw runs against a half-deleted workshop), then the
/// bot's state about it (the live map's message id, the conversation address), then its partition and index row.
/// Every kind of job the bot runs is keyed <c>{kind}/{workshop id}[/…]</c>, so the registered handlers' kinds name
/// them all, including kinds added later.
/// </summary>
public sealed class WorkshopDeletion(
    IWorkshopRepository repository,
    IScheduledJobStore jobs,
    IStateStore state,
    IEnumerable<IScheduledJobHandler> handlers,
    AsyncSequenceCursor cursors,
    ILogger<WorkshopDeletion> logger)
{
    private readonly IReadOnlyList<string> _jobKinds = handlers.Select(handler => handler.Kind).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The report, or null when the workshop was gone already.</summary>
    public async Task<WorkshopDeletionReport?> DeleteAsync(string workshopId, CancellationToken cancellationToken)
    {
        var removedJobs = 0;
        foreach (var kind in _jobKinds)
        {
            removedJobs += await jobs.CancelAllAsync(kind + "/" + workshopId, cancellationToken).ConfigureAwait(false);
        }

        // Invited people's sequences are state items keyed by person: read who was invited before the rows go.
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
        return new WorkshopDeletionReport(rows, removedJobs, removedState);
    }

    /// <summary>Every state item the bot keeps about one workshop: its live map, its address, each invited person's sequence.</summary>
    public static IReadOnlyList<string> StateKeysOf(string workshopId, IEnumerable<string> invitedPeople) =>
        [LiveMaps.Key(workshopId), ConversationReferences.Key(workshopId), .. invitedPeople.Select(person => AsyncSequences.StateKey(workshopId, person))];
}
