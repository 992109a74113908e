using CjmBot.Protocol.Schema;

namespace CjmBot.Testing;

/// <summary>People in test conversations, with Teams-shaped ids.</summary>
public sealed record TestUser(string Id, string Name, string AadObjectId)
{
    public ChannelAccount ToAccount() => new() { Id = Id, Name = Name, AadObjectId = AadObjectId };
}

public static class TestUsers
{
    public static TestUser Anna { get; } = new("29:1anna-facilitator", "Anna Petrova", "aaaaaaaa-0000-0000-0000-000000000001");
    public static TestUser Boris { get; } = new("29:1boris-sales", "Boris Ivanov", "aaaaaaaa-0000-0000-0000-000000000002");
    public static TestUser Chloe { get; } = new("29:1chloe-support", "Chloe Martin", "aaaaaaaa-0000-0000-0000-000000000003");

    public static ChannelAccount Bot { get; } = new() { Id = "28:00000000-0000-0000-0000-0000000000b0", Name = "CjmBot" };

    public const string TenantId = "11111111-2222-3333-4444-555555555555";
}
