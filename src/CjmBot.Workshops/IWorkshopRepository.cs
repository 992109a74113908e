using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Writes;

namespace CjmBot.Workshops;

/// <summary>
/// Persistence of workshops (the domain's port; Table Storage and memory implement it).
/// Design: a workshop is one partition, and everything the workshop owns lives in it, so deleting the partition
/// cannot forget a piece. Frame and progress are small records under optimistic concurrency; each contribution is
/// its own insert-only record keyed by its id, so concurrent answers never contend.
/// Every write names its operation (<c>operationId</c>, derived from the inbound activity or the job that caused it)
/// and takes effect at most once per operation, whatever the concurrency (<see cref="WriteOutcome.AlreadyDone"/>);
/// once a deletion has begun every write is refused (<see cref="WriteOutcome.WorkshopGone"/>).
/// </summary>
public partial interface IWorkshopRepository
{
    /// <summary>
    /// Creates the workshop (frame and progress together) and makes it the conversation's active one, unless a workshop
    /// with its id exists (<see cref="WorkshopCreation.AlreadyExists"/>: derive the id from the operation, and a
    /// redelivered start creates nothing) or the conversation's active workshop is running or paused
    /// (<see cref="WorkshopCreation.AnotherRunning"/>), decided atomically however many start at once.
    /// </summary>
    Task<WorkshopCreation> CreateAsync(WorkshopFrame frame, WorkshopProgress progress, CancellationToken cancellationToken);

    /// <summary>Frame and progress only: what a turn needs to decide what an answer belongs to (one read). Null once deletion began.</summary>
    Task<WorkshopHead?> GetHeadAsync(string workshopId, CancellationToken cancellationToken);

    /// <summary>The whole workshop in one partition read. Null once deletion began.</summary>
    Task<WorkshopSnapshot?> LoadAsync(string workshopId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the current progress and writes it under optimistic concurrency,
    /// re-reading and re-applying on a conflict, so concurrent facilitator moves are serialised, never lost.
    /// The change sees the latest progress and may refuse; a refusal that carries progress (<see cref="ProgressChange.Noted"/>)
    /// is written too.
    /// </summary>
    Task<ProgressUpdate> UpdateProgressAsync(
        string workshopId, string operationId, Func<WorkshopFrame, WorkshopProgress, ProgressChange> change, CancellationToken cancellationToken);

    /// <summary>Changes the frame (e.g. adds a co-facilitator) under optimistic concurrency, with the same retry.</summary>
    Task<WriteOutcome> UpdateFrameAsync(string workshopId, string operationId, Func<WorkshopFrame, WorkshopFrame> change, CancellationToken cancellationToken);

    /// <summary>Records a contribution; its id is its operation: the same id is recorded once.</summary>
    Task<WriteOutcome> AddContributionAsync(Contribution contribution, CancellationToken cancellationToken);
}

/// <summary>Frame and progress of a workshop, read together.</summary>
public sealed record WorkshopHead(WorkshopFrame Frame, WorkshopProgress Progress);
