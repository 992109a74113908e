using System.Text.Json.Nodes;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using CjmBot.Testing;
using Xunit;

namespace CjmBot.UnitTests.Protocol;

public sealed class ActivitySchemaTests
{
    public static TheoryData<string> Payloads => new()
    {
        "ui-inbound-personal-message",
        "ui-inbound-personal-message-submit",
        "ui-inbound-personal-invoke-adaptiveCard-action",
        "ui-inbound-personal-conversationUpdate",
        "ui-inbound-personal-installationUpdate",
        "ui-inbound-groupChat-message",
        "ui-inbound-groupChat-conversationUpdate",
        "ui-inbound-groupChat-installationUpdate",
        "ui-inbound-channel-message",
        "ui-inbound-channel-conversationUpdate",
        "ui-inbound-channel-installationUpdate",
        "custom-config-channel-message",
        "custom-config-groupChat-impersonated-custom-activity",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void RealPayload_RoundTrip_KeepsEveryField(string name)
    {
        var original = JsonNode.Parse(TeamsPayloads.Json(name))!;
        var activityJson = original["activity"] ?? original;

        var activity = TeamsPayloads.Activity(name);
        var written = JsonNode.Parse(ProtocolJson.Serialize(activity))!;

        Assert.True(JsonNode.DeepEquals(Normalize(activityJson), Normalize(written)),
            $"Round trip changed the activity.\nBefore: {activityJson.ToJsonString()}\nAfter:  {written.ToJsonString()}");
    }

    [Fact]
    public void ChannelMessage_TypedFields_AreRead()
    {
        var activity = TeamsPayloads.Activity("custom-config-channel-message");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(ConversationTypes.Channel, activity.Conversation!.ConversationType);
        Assert.Equal("19:channel-ops@thread.tacv2;messageid=1795354728679", activity.Conversation.Id);
        Assert.Equal("19:team-general@thread.tacv2", activity.ChannelData!.Team!.Id);
        Assert.Equal("11111111-2222-3333-4444-555555555555", activity.GetTenantId());
        Assert.Equal("en-US", activity.GetLocale());
    }

    [Fact]
    public void Serialize_CyrillicText_IsWrittenUnescaped()
    {
        var json = ProtocolJson.Serialize(new Activity { Text = "Какая цель у клиента?" });

        Assert.Contains("Какая цель у клиента?", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<at>Test Bot</at> help", "help")]
    [InlineData("<at>test bot</at>   help   me", "help me")]
    [InlineData("insight <at>Test Bot</at> people hate forms", "insight people hate forms")]
    [InlineData("<at>Test Bot</at>", "")]
    public void RemoveRecipientMention_BotMention_IsRemovedOthersKept(string text, string expected)
    {
        var bot = new ChannelAccount { Id = "28:bot", Name = "Test Bot" };
        var activity = new Activity
        {
            Text = text,
            Recipient = bot,
            Entities = [Entity.Mention(bot), new Entity { Type = Entity.MentionType, Mentioned = new ChannelAccount { Id = "29:x", Name = "X" }, Text = "<at>X</at>" }],
        };

        Assert.Equal(expected, activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_SomeoneElsesMention_IsKept()
    {
        var activity = new Activity
        {
            Text = "invite <at>Megan Bowen</at>",
            Recipient = new ChannelAccount { Id = "28:bot", Name = "Test Bot" },
            Entities = [new Entity { Type = Entity.MentionType, Mentioned = new ChannelAccount { Id = "29:megan", Name = "Megan Bowen" }, Text = "<at>Megan Bowen</at>" }],
        };

        Assert.Equal("invite <at>Megan Bowen</at>", activity.RemoveRecipientMention());
    }

    private static JsonNode Normalize(JsonNode node) => JsonNode.Parse(node.ToJsonString())!;
}
