using System.Collections.Concurrent;
using System.Text.Json;
using CjmBot.Export.MapPage;

namespace CjmBot.Web.MapPage;

/// <summary>
/// What a watcher last saw of its workshop: a rendering, or that the workshop is gone. Immutable; a new state replaces
/// it. The stream messages built from it are kept with it, so fifty pages that showed the same version share one message.
/// </summary>
public sealed class MapState
{
    private readonly ConcurrentDictionary<string, string> _updates = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _earlier;

    private MapState(MapPageRendering? rendering, bool gone, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> earlier)
    {
        Rendering = rendering;
        IsGone = gone;
        _earlier = earlier;
    }

    public static MapState Gone { get; } = new(null, gone: true, new Dictionary<string, IReadOnlyDictionary<string, string>>());

    public MapPageRendering? Rendering { get; }

    public bool IsGone { get; }

    /// <param name="earlier">Block hashes of recent versions, so a page that shows one of them gets only what differs.</param>
    public static MapState Of(MapPageRendering rendering, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> earlier) =>
        new(rendering, gone: false, earlier);

    /// <summary>
    /// The stream message that brings a page showing <paramref name="shownVersion"/> to this state: the blocks that
    /// differ from a version this watcher rendered recently, or every block otherwise (same structure; the caller
    /// checked). Built once per shown version.
    /// </summary>
    public string UpdateFrom(string? shownVersion)
    {
        var rendering = Rendering ?? throw new InvalidOperationException("A gone workshop has no update.");
        var key = shownVersion ?? "";
        return _updates.GetOrAdd(key, _ =>
        {
            var blocks = rendering.Blocks;
            if (shownVersion is not null && _earlier.TryGetValue(shownVersion, out var shown))
            {
                blocks = rendering.Blocks.Where(block => !shown.TryGetValue(block.Key, out var hash) || hash != rendering.BlockHashes[block.Key])
                    .ToDictionary(block => block.Key, block => block.Value, StringComparer.Ordinal);
            }

            return JsonSerializer.Serialize(new MapUpdate(rendering.Version, rendering.ChangedAt, blocks), MapPageJsonContext.Stream.MapUpdate);
        });
    }
}
