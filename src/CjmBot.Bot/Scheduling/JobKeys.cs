namespace CjmBot.Bot.Scheduling;

/// <summary>
/// Every job the bot schedules is keyed <c>{workshop id}/{kind}[/…]</c>: a workshop's jobs share a key prefix, so
/// deleting the workshop removes all of them with one range (including kinds added later).
/// </summary>
public static class JobKeys
{
    public static string Of(string workshopId, string kind, params string[] parts) =>
        parts.Length == 0 ? $"{workshopId}/{kind}" : $"{workshopId}/{kind}/{string.Join('/', parts)}";

    /// <summary>
    /// A job of the bot as a whole, about no one workshop: <c>bot~{kind}/…</c>. Workshop ids start with <c>w</c>, so no
    /// workshop's prefix covers it.
    /// </summary>
    public static string OfBot(string kind, params string[] parts) => "bot~" + string.Join('/', parts.Prepend(kind));

    /// <summary>The prefix every job of the workshop's key starts with (<see cref="Workshops.Scheduling.IScheduledJobStore.CancelAllAsync"/>).</summary>
    public static string OfWorkshop(string workshopId) => workshopId;
}
