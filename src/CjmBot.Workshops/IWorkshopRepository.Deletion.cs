using CjmBot.Workshops.Deletion;

namespace CjmBot.Workshops;

public partial interface IWorkshopRepository
{
    /// <summary>
    /// Removes the workshop: first it is marked deleted, so that from that moment every write into it is refused and
    /// every read finds nothing, whatever arrives meanwhile; then every row of its partition (frame, progress,
    /// contributions, decisions, contributors, state, posted cards: everything it owns) and its row in the
    /// conversation's index. Returns what was removed, or null when there was no such workshop. Running it again
    /// after a failure part-way removes what is left.
    /// </summary>
    Task<WorkshopRemoval?> DeleteAsync(string workshopId, CancellationToken cancellationToken);
}
