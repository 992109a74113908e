using System.Text.Json;
using System.Text.Json.Serialization;

namespace CjmBot.Protocol.Schema;

/// <summary>
/// A Bot Framework activity. Only the fields the bot reads or writes are typed; everything else the
/// channel sends is kept in <see cref="Properties"/> and written back unchanged.
/// </summary>
public sealed class Activity
{
    public string Type { get; set; } = ActivityTypes.Message;
    public string? Id { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }

    /// <summary>The sender's IANA time zone, where the channel tells it (Teams does, e.g. <c>Europe/Moscow</c>).</summary>
    public string? LocalTimezone { get; set; }
    public string? ReplyToId { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public JsonElement? Value { get; set; }
    public TeamsChannelData? ChannelData { get; set; }
    public List<Entity>? Entities { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
