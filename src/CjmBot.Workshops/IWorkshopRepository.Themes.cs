using CjmBot.Workshops.Themes;
using CjmBot.Workshops.Writes;

namespace CjmBot.Workshops;

/// <summary>
/// Stored themes: insert-only <see cref="ThemeRecord"/>s in the workshop's partition, back in
/// <see cref="WorkshopSnapshot.ThemeRecords"/> with the one partition read of <see cref="LoadAsync"/>.
/// </summary>
public partial interface IWorkshopRepository
{
    /// <summary>
    /// Records a themes arrangement; its id is its operation: the same id is recorded once. A record whose segment, lane and
    /// <see cref="ThemeRecord.Sequence"/> are taken is not written either (<see cref="WriteOutcome.AlreadyDone"/>): another
    /// action on the same arrangement came first.
    /// </summary>
    Task<WriteOutcome> AddThemeRecordAsync(ThemeRecord record, CancellationToken cancellationToken);
}
