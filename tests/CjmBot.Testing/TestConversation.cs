using CjmBot.Protocol.Schema;

namespace CjmBot.Testing;

/// <summary>Where a test conversation happens. Ids have the shapes Teams uses for each kind.</summary>
public sealed record TestConversation(string Id, string ConversationType, string? TeamId = null)
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/11111111-2222-3333-4444-555555555555/";

    public static TestConversation Personal { get; } = new("a:1personal-chat-with-anna", ConversationTypes.Personal);
    public static TestConversation GroupChat { get; } = new("19:meeting-prep_group@thread.v2", ConversationTypes.GroupChat);
    public static TestConversation Channel { get; } =
        new("19:cjm-workshops@thread.tacv2;messageid=1795354728679", ConversationTypes.Channel, "19:team-general@thread.tacv2");

    /// <summary>The personal chat the bot opens with <paramref name="user"/> by create-conversation (see <see cref="TestAdapter.PersonalChatId"/>).</summary>
    public static TestConversation PersonalWith(TestUser user) => new(TestAdapter.PersonalChatId(user.Id), ConversationTypes.Personal);

    public bool IsGroup => ConversationType != ConversationTypes.Personal;

    public ConversationAccount ToAccount() => new()
    {
        Id = Id,
        ConversationType = ConversationType,
        TenantId = TestUsers.TenantId,
        IsGroup = IsGroup ? true : null,
    };

    public TeamsChannelData ChannelData() => new()
    {
        Tenant = new TenantInfo { Id = TestUsers.TenantId },
        Team = TeamId is null ? null : new TeamInfo { Id = TeamId },
        Channel = TeamId is null ? null : new ChannelInfo { Id = Id.Split(';')[0] },
    };
}
