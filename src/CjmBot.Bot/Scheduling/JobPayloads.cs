namespace CjmBot.Bot.Scheduling;

/// <summary>A question's timebox: the revision the session was at when it was set (a timer that outlived a move does nothing).</summary>
public sealed record QuestionTimerJob(string WorkshopId, int Revision);

/// <summary>A live map redraw, and how many tries before this one failed.</summary>
public sealed record MapRenderJob(string WorkshopId, int Attempt);

/// <summary>A reminder before the deadline it was set for.</summary>
public sealed record ReminderJob(string WorkshopId, string UserId, string Label, DateTimeOffset Deadline);

/// <summary>The personal-chat window's end.</summary>
public sealed record DeadlineJob(string WorkshopId, DateTimeOffset Deadline);

/// <summary>A closed workshop's deletion, or the reminder before it, at the time its retention gave when the job was set.</summary>
public sealed record RetentionJob(string WorkshopId, DateTimeOffset DeleteOn);
