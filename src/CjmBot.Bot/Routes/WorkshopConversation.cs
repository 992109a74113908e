using CjmBot.Protocol.Schema;
using CjmBot.Workshops.Frame;

namespace CjmBot.Bot.Routes;

/// <summary>How a turn maps onto workshop identities.</summary>
public static class WorkshopConversation
{
    private const string ThreadSuffix = ";messageid=";

    /// <summary>
    /// The conversation a workshop belongs to. In a channel every post starts its own thread
    /// (<c>19:…@thread.tacv2;messageid=…</c>); the workshop belongs to the channel, so posts in any of its
    /// threads take part.
    /// </summary>
    public static string Key(Activity activity)
    {
        var id = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.");
        var thread = id.IndexOf(ThreadSuffix, StringComparison.Ordinal);
        return thread < 0 ? id : id[..thread];
    }

    /// <summary>Who sent the activity, as a workshop participant.</summary>
    public static Participant Sender(Activity activity) =>
        new(activity.From?.Id ?? throw new InvalidOperationException("The activity has no sender."), activity.From.Name ?? activity.From.Id);
}
