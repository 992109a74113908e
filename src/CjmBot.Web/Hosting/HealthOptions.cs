using System.ComponentModel.DataAnnotations;

namespace CjmBot.Web.Hosting;

/// <summary>How <c>/healthz</c> checks storage (section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>A storage probe slower than this counts as unreachable, so a probe never outlives the platform's own timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan StorageTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long one probe's result is reused: several probes per replica (liveness, readiness, load balancer) then cost
    /// one storage request per replica and period, not one each.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(5);
}
