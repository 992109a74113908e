namespace CjmBot.Workshops.Scheduling;

/// <summary>
/// Something to do at a time: a question's timebox running out, a reminder before a deadline. Jobs live in
/// storage, so they survive restarts, and are claimed before they run, so only one instance runs each.
/// </summary>
/// <param name="Key">Unique per job; scheduling the same key again replaces the job (a new timer replaces the old).</param>
/// <param name="Kind">What to do, for the dispatcher (e.g. <c>question-timer</c>).</param>
/// <param name="Payload">The job's own data (workshop id, revision …) as JSON text: its handler owns the shape and reads it back.</param>
public sealed record ScheduledJob(string Key, string Kind, DateTimeOffset DueAt, string Payload);

/// <summary>A job claimed by this instance: it must be completed (or it is retried after the lease runs out).</summary>
public sealed record ClaimedJob(ScheduledJob Job, string ClaimToken);
