using CjmBot.Export.MapPage;
using CjmBot.Workshops;
using CjmBot.Workshops.Changes;

namespace CjmBot.Web.MapPage;

/// <summary>
/// Follows one workshop in one language for this instance's open map pages: every <see cref="MapPageOptions.PollInterval"/>
/// it asks storage whether the workshop changed (one small query), and only then loads and renders it, once for all
/// of this instance's pages. It follows storage, not this process's memory, so answers recorded by any instance show.
/// It stops by itself a while after its last page left (see <see cref="MapWatchers"/>).
/// </summary>
public sealed class MapWatcher
{
    /// <summary>Versions remembered, so a page a few versions behind gets only what differs.</summary>
    private const int History = 16;

    private readonly IWorkshopRepository _repository;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Queue<(string Version, IReadOnlyDictionary<string, string> Hashes)> _history = new();
    private TaskCompletionSource<MapState> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<MapState> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private MapState? _state;

    public MapWatcher(string workshopId, Language language, IWorkshopRepository repository, TimeProvider time, ILogger logger)
    {
        WorkshopId = workshopId;
        Language = language;
        _repository = repository;
        _time = time;
        _logger = logger;
        LastUsed = time.GetUtcNow();
    }

    public string WorkshopId { get; }

    public Language Language { get; }

    /// <summary>Pages streaming from this watcher now (changed under <see cref="MapWatchers"/>' lock).</summary>
    internal int Subscribers { get; set; }

    /// <summary>When a page last asked for it (changed under <see cref="MapWatchers"/>' lock).</summary>
    internal DateTimeOffset LastUsed { get; set; }

    /// <summary>Set once the watcher has stopped: <see cref="MapWatchers"/> then starts a new one.</summary>
    internal bool Stopped { get; set; }

    /// <summary>The state as last seen; null before the first look finished.</summary>
    public MapState? Current => Volatile.Read(ref _state);

    /// <summary>The first state (a rendering, or gone), waiting for the first look if need be.</summary>
    public Task<MapState> FirstAsync(CancellationToken cancellationToken) => _first.Task.WaitAsync(cancellationToken);

    /// <summary>Completes with the next state after <paramref name="seen"/> (at once when there is one already).</summary>
    public Task<MapState> NextAsync(MapState? seen)
    {
        lock (_gate)
        {
            return _state is { } state && !ReferenceEquals(state, seen) ? Task.FromResult(state) : _next.Task;
        }
    }

    /// <summary>Looks and renders until <paramref name="keepGoing"/> says stop, the workshop is gone or the host stops.</summary>
    internal async Task RunAsync(TimeSpan pollInterval, Func<MapWatcher, bool> keepGoing, CancellationToken stopping)
    {
        WorkshopChangeCursor? cursor = null;
        MapPageRendering? shown = null;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var changes = await _repository.ReadChangesAsync(WorkshopId, cursor, stopping).ConfigureAwait(false);
                if (changes is not null && (changes.Changed || shown is null))
                {
                    var workshop = await _repository.LoadAsync(WorkshopId, stopping).ConfigureAwait(false);
                    if (workshop is not null)
                    {
                        var rendering = MapPageRenderer.Render(workshop, Language);
                        if (shown is null || rendering.Version != shown.Version)
                        {
                            Publish(rendering);
                            shown = rendering;
                            Log.MapRendered(_logger, WorkshopId, rendering.Version, workshop.Contributions.Count);
                        }
                    }

                    changes = workshop is null ? null : changes;
                }

                if (changes is null)
                {
                    Log.MapWorkshopGone(_logger, WorkshopId);
                    Publish(null);
                    return;
                }

                cursor = changes.Cursor;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Storage out for a moment: the pages keep what they show and say how old it is; the next look tries again.
                Log.MapWatchFailed(_logger, WorkshopId, exception);
            }

            if (!keepGoing(this))
            {
                return;
            }

            try
            {
                await Task.Delay(pollInterval, _time, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Publish(MapPageRendering? rendering)
    {
        MapState state;
        TaskCompletionSource<MapState> waiting;
        lock (_gate)
        {
            if (rendering is null)
            {
                state = MapState.Gone;
            }
            else
            {
                state = MapState.Of(rendering, _history.ToDictionary(entry => entry.Version, entry => entry.Hashes, StringComparer.Ordinal));
                _history.Enqueue((rendering.Version, rendering.BlockHashes));
                if (_history.Count > History)
                {
                    _history.Dequeue();
                }
            }

            _state = state;
            waiting = _next;
            _next = new TaskCompletionSource<MapState>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        _first.TrySetResult(state);
        waiting.TrySetResult(state);
    }
}
