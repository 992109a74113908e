using CjmBot.Workshops.Changes;

namespace CjmBot.Workshops;

/// <summary>
/// A cheap look at whether a workshop changed, for pages that follow it live: one small request however large the
/// workshop, so a watcher can look every fraction of a second and load the workshop only when it did change. Every
/// write to the workshop counts (answers, insights, edits, moves, frame changes, voting, ballots, action items,
/// conclusions), whichever instance made it.
/// </summary>
public partial interface IWorkshopRepository
{
    /// <summary>
    /// Whether anything of the workshop was written since <paramref name="since"/> (null: the first look, which always
    /// reports a change); null when the workshop does not exist (any more). Look before loading: a write between the look
    /// and the load then shows as a change on the next look (one load too many), never as nothing.
    /// </summary>
    Task<WorkshopChanges?> ReadChangesAsync(string workshopId, WorkshopChangeCursor? since, CancellationToken cancellationToken);
}
