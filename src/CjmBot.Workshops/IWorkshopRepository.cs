using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;

namespace CjmBot.Workshops;

/// <summary>
/// Persistence of workshops (the domain's port; Table Storage and memory implement it).
/// Design: a workshop is one partition. Frame and progress are small records under optimistic
/// concurrency; each contribution is its own insert-only record keyed by its id, so concurrent answers
/// never contend and a redelivered activity is recorded once.
/// </summary>
public partial interface IWorkshopRepository
{
    /// <summary>Creates the workshop (frame and progress together) and makes it the conversation's active one.</summary>
    Task CreateAsync(WorkshopFrame frame, WorkshopProgress progress, CancellationToken cancellationToken);

    /// <summary>The workshop the conversation is working on, if any.</summary>
    Task<string?> GetActiveWorkshopIdAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Every workshop ever held in the conversation, oldest first.</summary>
    Task<IReadOnlyList<string>> ListWorkshopIdsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Frame and progress only: what a turn needs to decide what an answer belongs to (one read).</summary>
    Task<WorkshopHead?> GetHeadAsync(string workshopId, CancellationToken cancellationToken);

    /// <summary>The whole workshop in one partition read.</summary>
    Task<WorkshopSnapshot?> LoadAsync(string workshopId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the current progress and writes it under optimistic concurrency,
    /// re-reading and re-applying on a conflict, so concurrent facilitator moves are serialised, never lost.
    /// The change sees the latest progress and may refuse.
    /// </summary>
    Task<ProgressChange> UpdateProgressAsync(string workshopId, Func<WorkshopFrame, WorkshopProgress, ProgressChange> change, CancellationToken cancellationToken);

    /// <summary>Changes the frame (e.g. adds a co-facilitator) under optimistic concurrency, with the same retry.</summary>
    Task<WorkshopFrame> UpdateFrameAsync(string workshopId, Func<WorkshopFrame, WorkshopFrame> change, CancellationToken cancellationToken);

    /// <summary>Records a contribution. Returns false when one with the same id exists (a redelivery): nothing is written twice.</summary>
    Task<bool> AddContributionAsync(Contribution contribution, CancellationToken cancellationToken);
}

/// <summary>Frame and progress of a workshop, read together.</summary>
public sealed record WorkshopHead(WorkshopFrame Frame, WorkshopProgress Progress);
