using System.ComponentModel.DataAnnotations;

namespace CjmBot.Bot.Scheduling;

/// <summary>How the bot runs its durable schedule (question timers, reminders).</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>How often each instance looks for due jobs; a timer fires at most this late.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed job is reserved for the instance running it before another may retry it.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;
}
