using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;

namespace CjmBot.Benchmarks;

/// <summary>Activities shaped as Teams sends them (see tests/CjmBot.Testing/Payloads), addressed to the fake connector.</summary>
internal sealed class TeamsActivities(Uri serviceUrl)
{
    public const string TenantId = "00000000-0000-0000-0000-00000000be0c";

    public static readonly ChannelAccount Bot = new() { Id = "28:bench-bot", Name = "Bench Bot" };

    /// <summary>What Teams puts before the text when a user @mentions the bot.</summary>
    public static string BotMention => $"<at>{Bot.Name}</at>";

    public static ChannelAccount User(string id, string name) => new() { Id = id, Name = name };

    public Activity PersonalMessage(string conversationId, ChannelAccount from, string activityId, string text) =>
        Base(ActivityTypes.Message, Personal(conversationId), from, activityId, text, mentionsBot: false);

    private static ConversationAccount Personal(string conversationId) => new()
    {
        Id = conversationId,
        ConversationType = ConversationTypes.Personal,
        TenantId = TenantId,
    };

    /// <summary>A group-chat message: Teams forwards it only because it @mentions the bot, and sends the mention with it.</summary>
    public Activity GroupMessage(string conversationId, ChannelAccount from, string activityId, string text) =>
        Base(ActivityTypes.Message, Group(conversationId), from, activityId, $"{BotMention} {text}", mentionsBot: true);

    /// <summary>An <c>Action.Execute</c> click: an <c>adaptiveCard/action</c> invoke with the inputs merged into the data.</summary>
    public Activity GroupCardAction(string conversationId, ChannelAccount from, string activityId, string? cardActivityId, string verb, JsonObject data) =>
        CardAction(Group(conversationId), from, activityId, cardActivityId, verb, data);

    /// <summary>An <c>Action.Execute</c> click in a personal chat.</summary>
    public Activity PersonalCardAction(string conversationId, ChannelAccount from, string activityId, string? cardActivityId, string verb, JsonObject data) =>
        CardAction(Personal(conversationId), from, activityId, cardActivityId, verb, data);

    private Activity CardAction(ConversationAccount conversation, ChannelAccount from, string activityId, string? cardActivityId, string verb, JsonObject data)
    {
        var activity = Base(ActivityTypes.Invoke, conversation, from, activityId, text: null, mentionsBot: false);
        activity.Name = InvokeNames.AdaptiveCardAction;
        activity.ReplyToId = cardActivityId;
        activity.Value = JsonSerializer.SerializeToElement(
            new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
            ProtocolJson.TypeInfo<JsonObject>());
        return activity;
    }

    private static ConversationAccount Group(string conversationId) => new()
    {
        Id = conversationId,
        ConversationType = ConversationTypes.GroupChat,
        IsGroup = true,
        TenantId = TenantId,
    };

    private Activity Base(string type, ConversationAccount conversation, ChannelAccount from, string activityId, string? text, bool mentionsBot)
    {
        var entities = new List<Entity>();
        if (mentionsBot)
        {
            entities.Add(Entity.Mention(Bot));
        }

        entities.Add(new Entity { Type = Entity.ClientInfoType, Locale = "en-US" });
        return new Activity
        {
            Type = type,
            Id = activityId,
            ServiceUrl = serviceUrl.ToString().TrimEnd('/'),
            ChannelId = "msteams",
            From = from,
            Conversation = conversation,
            Recipient = Bot,
            Text = text,
            TextFormat = text is null ? null : "plain",
            Locale = "en-US",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = TenantId } },
            Entities = entities,
        };
    }
}
