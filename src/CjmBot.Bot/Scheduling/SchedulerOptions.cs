using System.ComponentModel.DataAnnotations;

namespace CjmBot.Bot.Scheduling;

/// <summary>How the bot runs its durable schedule (question timers, live map redraws).</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>
    /// How often each instance looks for due jobs; a timer fires at most this late. One second keeps the live map
    /// within about two seconds of the last answer (its redraw is due 1.2 s after the answer's second began);
    /// each poll is one storage query per instance. At most one minute, so a map never lags far behind.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed job is reserved for the instance running it before another may retry it.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;
}
