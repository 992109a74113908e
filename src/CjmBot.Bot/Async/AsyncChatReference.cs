using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;

namespace CjmBot.Bot.Async;

/// <summary>The way back into a contributor's personal chat, kept with their invitation as text.</summary>
public static class AsyncChatReference
{
    public static string Write(ConversationReference reference) => ProtocolJson.Serialize(reference);

    public static ConversationReference? Read(string? text) =>
        string.IsNullOrEmpty(text) ? null : ProtocolJson.Deserialize<ConversationReference>(text);
}
