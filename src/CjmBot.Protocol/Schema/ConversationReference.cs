namespace CjmBot.Protocol.Schema;

/// <summary>Everything needed to post into a conversation later (proactively).</summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ChannelId,
    ConversationAccount Conversation,
    ChannelAccount Bot,
    ChannelAccount? User = null,
    string? Locale = null);
