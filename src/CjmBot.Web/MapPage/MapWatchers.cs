using CjmBot.Workshops;
using Microsoft.Extensions.Options;

namespace CjmBot.Web.MapPage;

/// <summary>
/// This instance's watchers, one per workshop and language with open map pages. A page (or a stream) asks for its
/// watcher here; a watcher with no stream and no page request for <see cref="Linger"/> stops, and the next request
/// starts a fresh one. Stops every watcher when the host stops.
/// </summary>
public sealed class MapWatchers : IDisposable
{
    /// <summary>How long a watcher keeps looking after its last page went away (a reload comes back within it).</summary>
    public static readonly TimeSpan Linger = TimeSpan.FromSeconds(30);

    private readonly Dictionary<(string WorkshopId, Language Language), MapWatcher> _watchers = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly IWorkshopRepository _repository;
    private readonly TimeProvider _time;
    private readonly IOptions<MapPageOptions> _options;
    private readonly ILogger<MapWatcher> _logger;
    private int _streams;

    public MapWatchers(IWorkshopRepository repository, TimeProvider time, IOptions<MapPageOptions> options, ILogger<MapWatcher> logger, IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        _repository = repository;
        _time = time;
        _options = options;
        _logger = logger;
        lifetime.ApplicationStopping.Register(_stopping.Cancel);
    }

    /// <summary>Cancelled when the host stops: open streams end so that shutdown is not held up.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Workshops (per language) followed by this instance right now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _watchers.Count;
            }
        }
    }

    /// <summary>The running watcher of the workshop in the language (started if need be), marked as just used.</summary>
    public MapWatcher Get(string workshopId, Language language)
    {
        lock (_gate)
        {
            return Use(workshopId, language);
        }
    }

    /// <summary>
    /// A stream's hold on its watcher, or null when this instance serves <see cref="MapPageOptions.MaxStreams"/> streams
    /// already. Dispose it when the stream ends.
    /// </summary>
    public Subscription? Subscribe(string workshopId, Language language)
    {
        lock (_gate)
        {
            if (_streams >= _options.Value.MaxStreams)
            {
                return null;
            }

            _streams++;
            var watcher = Use(workshopId, language);
            watcher.Subscribers++;
            return new Subscription(this, watcher);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private MapWatcher Use(string workshopId, Language language)
    {
        if (!_watchers.TryGetValue((workshopId, language), out var watcher) || watcher.Stopped)
        {
            watcher = new MapWatcher(workshopId, language, _repository, _time, _logger);
            _watchers[(workshopId, language)] = watcher;
            _ = Task.Run(() => RunAsync(watcher));
        }

        watcher.LastUsed = _time.GetUtcNow();
        return watcher;
    }

    private async Task RunAsync(MapWatcher watcher)
    {
        try
        {
            await watcher.RunAsync(_options.Value.PollInterval, KeepGoing, _stopping.Token).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                watcher.Stopped = true;
                if (_watchers.TryGetValue((watcher.WorkshopId, watcher.Language), out var current) && ReferenceEquals(current, watcher))
                {
                    _watchers.Remove((watcher.WorkshopId, watcher.Language));
                }
            }
        }
    }

    /// <summary>Whether the watcher still has pages; once it has none for <see cref="Linger"/>, it is marked stopped here, under the lock.</summary>
    private bool KeepGoing(MapWatcher watcher)
    {
        lock (_gate)
        {
            if (watcher.Subscribers > 0 || _time.GetUtcNow() - watcher.LastUsed < Linger)
            {
                return true;
            }

            watcher.Stopped = true;
            return false;
        }
    }

    private void Leave(MapWatcher watcher)
    {
        lock (_gate)
        {
            _streams--;
            watcher.Subscribers--;
            watcher.LastUsed = _time.GetUtcNow();
        }
    }

    /// <summary>One open stream's hold on its watcher.</summary>
    public sealed class Subscription(MapWatchers owner, MapWatcher watcher) : IDisposable
    {
        private int _disposed;

        public MapWatcher Watcher => watcher;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Leave(watcher);
            }
        }
    }
}
