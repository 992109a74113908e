using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;

namespace CjmBot.Workshops;

/// <summary>
/// The repository in process memory, for tests and local runs without storage. Same contract as the
/// Table Storage one (the contract tests run on both).
/// </summary>
public sealed partial class InMemoryWorkshopRepository : IWorkshopRepository
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Stored> _workshops = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byConversation = new(StringComparer.Ordinal);

    public Task CreateAsync(WorkshopFrame frame, WorkshopProgress progress, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_workshops.TryAdd(frame.Id, new Stored(frame, progress)))
            {
                throw new InvalidOperationException($"Workshop {frame.Id} exists already.");
            }

            if (!_byConversation.TryGetValue(frame.ConversationId, out var list))
            {
                _byConversation[frame.ConversationId] = list = [];
            }

            list.Add(frame.Id);
            Touch(frame.Id);
        }

        return Task.CompletedTask;
    }

    public Task<string?> GetActiveWorkshopIdAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_byConversation.TryGetValue(conversationId, out var list) ? list[^1] : null);
        }
    }

    public Task<IReadOnlyList<string>> ListWorkshopIdsAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<string>>(_byConversation.TryGetValue(conversationId, out var list) ? [.. list] : []);
        }
    }

    public Task<WorkshopHead?> GetHeadAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_workshops.TryGetValue(workshopId, out var stored) ? new WorkshopHead(stored.Frame, stored.Progress) : null);
        }
    }

    public Task<WorkshopSnapshot?> LoadAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_workshops.TryGetValue(workshopId, out var stored)
                ? new WorkshopSnapshot(stored.Frame, stored.Progress, [.. stored.Contributions.Values]) { Decisions = DecisionsOf(workshopId) }
                : null);
        }
    }

    public Task<ProgressChange> UpdateProgressAsync(
        string workshopId, Func<WorkshopFrame, WorkshopProgress, ProgressChange> change, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = Get(workshopId);
            var result = change(stored.Frame, stored.Progress);
            if (result.Progress is { } progress)
            {
                stored.Progress = progress;
                Touch(workshopId);
            }

            return Task.FromResult(result);
        }
    }

    public Task<WorkshopFrame> UpdateFrameAsync(string workshopId, Func<WorkshopFrame, WorkshopFrame> change, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = Get(workshopId);
            stored.Frame = change(stored.Frame);
            Touch(workshopId);
            return Task.FromResult(stored.Frame);
        }
    }

    public Task<bool> AddContributionAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var added = Get(contribution.WorkshopId).Contributions.TryAdd(contribution.Id, contribution);
            if (added)
            {
                Touch(contribution.WorkshopId);
            }

            return Task.FromResult(added);
        }
    }

    private Stored Get(string workshopId) =>
        _workshops.TryGetValue(workshopId, out var stored) ? stored : throw new KeyNotFoundException($"No workshop {workshopId}.");

    private sealed class Stored(WorkshopFrame frame, WorkshopProgress progress)
    {
        public WorkshopFrame Frame { get; set; } = frame;
        public WorkshopProgress Progress { get; set; } = progress;
        public Dictionary<string, Contribution> Contributions { get; } = new(StringComparer.Ordinal);
    }
}
