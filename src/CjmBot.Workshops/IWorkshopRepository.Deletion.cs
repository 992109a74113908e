using CjmBot.Workshops.Deletion;

namespace CjmBot.Workshops;

public partial interface IWorkshopRepository
{
    /// <summary>
    /// Removes every row of the workshop (its whole partition: frame, progress, contributions and any other rows
    /// kept there) and its row in the conversation's index. Returns what was removed, or null when there was no
    /// such workshop. Running it again after a failure part-way removes what is left.
    /// </summary>
    Task<WorkshopRemoval?> DeleteAsync(string workshopId, CancellationToken cancellationToken);
}
