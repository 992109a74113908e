using System.Text.Json;
using System.Text.Json.Serialization;

namespace CjmBot.Protocol.Schema;

/// <summary>An activity entity; typed for <c>mention</c> and <c>clientInfo</c>, the rest kept as data.</summary>
public sealed class Entity
{
    public const string MentionType = "mention";
    public const string ClientInfoType = "clientInfo";

    public string Type { get; set; } = "";
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }

    /// <summary>The client's IANA time zone (on the <c>clientInfo</c> entity), e.g. <c>Europe/Moscow</c>.</summary>
    public string? Timezone { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static Entity Mention(ChannelAccount who) =>
        new() { Type = MentionType, Mentioned = who, Text = $"<at>{who.Name}</at>" };
}
