using System.ComponentModel.DataAnnotations;

namespace CjmBot.Web.MapPage;

/// <summary>Configuration section <c>MapPage</c>: how the live map page follows storage and how long its streams stay quiet.</summary>
public sealed class MapPageOptions
{
    public const string SectionName = "MapPage";

    /// <summary>
    /// How often each instance looks whether a workshop with open pages changed (one small storage query per workshop
    /// and instance, however many pages are open). An answer appears on the pages within about this plus a load and a render.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:00:10", ErrorMessage = "MapPage:PollInterval must be between 00:00:00.1 and 00:00:10.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A quiet stream sends a comment this often, so proxies keep it open and the page knows it is connected.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "MapPage:Heartbeat must be between 00:00:01 and 00:05:00.")]
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Open streams one instance serves; more are refused with 503 (the page retries by itself).</summary>
    [Range(1, 100_000, ErrorMessage = "MapPage:MaxStreams must be between 1 and 100000.")]
    public int MaxStreams { get; set; } = 2_000;
}
