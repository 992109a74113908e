using System.Text.RegularExpressions;

namespace CjmBot.Protocol.Schema;

public static class ActivityExtensions
{
    /// <summary>
    /// Addresses <paramref name="outbound"/> as an answer to <paramref name="inbound"/>: same channel,
    /// service and conversation, from the bot to the sender. The id is cleared: the channel assigns it.
    /// </summary>
    public static Activity CreateOutbound(this Activity inbound, Activity outbound) => new()
    {
        Type = outbound.Type,
        Text = outbound.Text,
        TextFormat = outbound.TextFormat,
        Attachments = outbound.Attachments,
        Entities = outbound.Entities,
        Locale = outbound.Locale,
        Value = outbound.Value,
        Name = outbound.Name,
        Properties = outbound.Properties,
        ChannelData = outbound.ChannelData,
        ChannelId = inbound.ChannelId,
        ServiceUrl = inbound.ServiceUrl,
        Conversation = inbound.Conversation,
        From = inbound.Recipient,
        Recipient = inbound.From,
        ReplyToId = outbound.ReplyToId ?? (inbound.Type == ActivityTypes.Message ? inbound.Id : null),
    };

    public static ConversationReference GetConversationReference(this Activity activity) => new(
        activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl."),
        activity.ChannelId ?? "msteams",
        activity.Conversation ?? throw new InvalidOperationException("The activity has no conversation."),
        activity.Recipient ?? new ChannelAccount(),
        activity.From,
        activity.Locale);

    /// <summary>
    /// Removes the bot's own @mention (<c>&lt;at&gt;Bot&lt;/at&gt;</c>) from the text of channel and group-chat
    /// messages, going by the mention entities rather than by the name in the text.
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        if (activity.Text is null || activity.Entities is null || activity.Recipient is null)
        {
            return activity.Text?.Trim();
        }

        var text = activity.Text;
        foreach (var entity in activity.Entities)
        {
            if (entity.Type != Entity.MentionType || entity.Mentioned?.Id != activity.Recipient.Id)
            {
                continue;
            }

            var markup = entity.Text ?? $"<at>{entity.Mentioned.Name}</at>";
            text = Regex.Replace(text, Regex.Escape(markup), " ", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        }

        return Regex.Replace(text, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
    }

    /// <summary>The user's locale: the activity's own, else the client's, else English.</summary>
    public static string GetLocale(this Activity activity) =>
        activity.Locale
        ?? activity.Entities?.FirstOrDefault(e => e.Type == Entity.ClientInfoType)?.Locale
        ?? "en-US";

    public static string? GetTenantId(this Activity activity) =>
        activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;

}
