using System.Text;
using System.Text.Json.Nodes;
using CjmBot.Protocol.State;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// The <see cref="IStateStore"/> contract. Every backend derives from this class and so runs exactly these facts;
/// each test gets a fresh, empty store.
/// </summary>
public abstract class StateStoreContractTests : IAsyncLifetime
{
    private const int MaxAttempts = 200;
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract IStateStore Store { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadAsync_MissingKey_ReturnsNull()
    {
        Assert.Null(await Store.ReadAsync(StateKeys.Conversation("msteams", "missing"), None));
    }

    [Fact]
    public async Task WriteAsync_CreateOnly_SucceedsOnceThenConflicts()
    {
        var key = StateKeys.Conversation("msteams", "create-only");

        var eTag = await Store.WriteAsync(key, Value("first"), eTag: null, None);
        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => Store.WriteAsync(key, Value("second"), eTag: null, None));

        Assert.Equal(key, conflict.Key);
        var stored = await Store.ReadAsync(key, None);
        Assert.NotNull(stored);
        AssertJson(Value("first"), stored.Object());
        Assert.Equal(eTag, stored.ETag);
    }

    [Fact]
    public async Task WriteAsync_AnyETag_CreatesThenOverwrites()
    {
        var key = StateKeys.Conversation("msteams", "any-etag");

        var created = await Store.WriteAsync(key, Value("first"), IStateStore.AnyETag, None);
        var overwritten = await Store.WriteAsync(key, Value("second"), IStateStore.AnyETag, None);

        Assert.NotEqual(created, overwritten);
        var stored = await Store.ReadAsync(key, None);
        Assert.NotNull(stored);
        AssertJson(Value("second"), stored.Object());
        Assert.Equal(overwritten, stored.ETag);
    }

    [Fact]
    public async Task WriteAsync_MatchingETag_WritesAndReturnsNewETag()
    {
        var key = StateKeys.Conversation("msteams", "matching");
        await Store.WriteAsync(key, Value("first"), eTag: null, None);
        var read = await Store.ReadAsync(key, None);
        Assert.NotNull(read);

        var newETag = await Store.WriteAsync(key, Value("second"), read.ETag, None);

        Assert.False(string.IsNullOrEmpty(newETag));
        Assert.NotEqual(read.ETag, newETag);
        var stored = await Store.ReadAsync(key, None);
        Assert.NotNull(stored);
        AssertJson(Value("second"), stored.Object());
        Assert.Equal(newETag, stored.ETag);
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ConflictsAndKeepsStoredValue()
    {
        var key = StateKeys.Conversation("msteams", "stale");
        var stale = await Store.WriteAsync(key, Value("first"), eTag: null, None);
        var current = await Store.WriteAsync(key, Value("second"), stale, None);

        await Assert.ThrowsAsync<StateConflictException>(() => Store.WriteAsync(key, Value("lost"), stale, None));

        var stored = await Store.ReadAsync(key, None);
        Assert.NotNull(stored);
        AssertJson(Value("second"), stored.Object());
        Assert.Equal(current, stored.ETag);
    }

    [Fact]
    public async Task WriteAsync_ETagOfDeletedItem_ConflictsAndCreatesNothing()
    {
        var key = StateKeys.Conversation("msteams", "deleted");
        var eTag = await Store.WriteAsync(key, Value("first"), eTag: null, None);
        Assert.True(await Store.DeleteAsync(key, eTag, None));

        await Assert.ThrowsAsync<StateConflictException>(() => Store.WriteAsync(key, Value("revived"), eTag, None));

        Assert.Null(await Store.ReadAsync(key, None));
    }

    [Fact]
    public async Task DeleteAsync_MatchingETag_DeletesItem()
    {
        var key = StateKeys.Conversation("msteams", "delete-matching");
        var eTag = await Store.WriteAsync(key, Value("first"), eTag: null, None);

        Assert.True(await Store.DeleteAsync(key, eTag, None));

        Assert.Null(await Store.ReadAsync(key, None));
    }

    [Fact]
    public async Task DeleteAsync_NoETag_DeletesWhateverIsStored()
    {
        var key = StateKeys.Conversation("msteams", "delete-any");
        await Store.WriteAsync(key, Value("first"), eTag: null, None);

        Assert.True(await Store.DeleteAsync(key, eTag: null, None));

        Assert.Null(await Store.ReadAsync(key, None));
    }

    [Fact]
    public async Task DeleteAsync_StaleETag_ConflictsAndKeepsItem()
    {
        var key = StateKeys.Conversation("msteams", "delete-stale");
        var stale = await Store.WriteAsync(key, Value("first"), eTag: null, None);
        var current = await Store.WriteAsync(key, Value("second"), stale, None);

        await Assert.ThrowsAsync<StateConflictException>(() => Store.DeleteAsync(key, stale, None));

        var stored = await Store.ReadAsync(key, None);
        Assert.NotNull(stored);
        AssertJson(Value("second"), stored.Object());
        Assert.Equal(current, stored.ETag);
    }

    [Fact]
    public async Task DeleteAsync_MissingKey_ReturnsFalse()
    {
        var key = StateKeys.Conversation("msteams", "delete-missing");

        Assert.False(await Store.DeleteAsync(key, eTag: null, None));
        Assert.False(await Store.DeleteAsync(key, IStateStore.AnyETag, None));
    }

    [Fact]
    public async Task DeleteAsync_ETagOfAlreadyDeletedItem_ReturnsFalse()
    {
        var key = StateKeys.Conversation("msteams", "delete-twice");
        var eTag = await Store.WriteAsync(key, Value("first"), eTag: null, None);
        Assert.True(await Store.DeleteAsync(key, eTag, None));

        Assert.False(await Store.DeleteAsync(key, eTag, None));
    }

    [Fact]
    public async Task Keys_BuiltFromTeamsIds_RoundTripWithoutCollisions()
    {
        const string ChannelThread = "19:abc@thread.tacv2;messageid=1795354728679";
        const string UserId = "29:1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_aBcDeFgHiJkLmN";
        const string PersonalChat = "a:1qhJ8XxSmwDDSmIxY5nwqLtk9Dj0oT_0x2J0Jv0bhvNKq3A6eu9zLJrRvcGrE6Z1hV8K7p3EW1KqW1bNrxP6eBDr4aL2vD9S";
        string[] keys =
        [
            StateKeys.Conversation("msteams", ChannelThread),
            StateKeys.Conversation("msteams", "19:abc@thread.tacv2"),
            StateKeys.Conversation("msteams", PersonalChat),
            StateKeys.Participant("msteams", ChannelThread, UserId),
            StateKeys.Participant("msteams", PersonalChat, UserId),
            StateKeys.Participant("msteams", PersonalChat, "28:bot-id"),
            StateKeys.Build("workshop", "Карта пути клиента", "Этап «Покупка»"),
            StateKeys.Build("workshop", "карта пути клиента", "этап «покупка»"),
            StateKeys.Build("x", "a/b"),
            StateKeys.Build("x", "a", "b"),
            StateKeys.Build("x", "a%2Fb"),
            StateKeys.Build("x", "a~2Fb"),
            StateKeys.Build("x", "a%b"),
            StateKeys.Build("x", "a#b"),
            StateKeys.Build("x", "a?b"),
            StateKeys.Build("x", "a\\b"),
            StateKeys.Build("x", "a\tb"),
            StateKeys.Build("x", "o'brien"),
            StateKeys.Build("x", "a+b&c=d e"),
            StateKeys.Build("x", "ABC"),
            StateKeys.Build("x", "abc"),
        ];
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());

        for (var index = 0; index < keys.Length; index++)
        {
            // Create-only: a key that landed on another key's item would conflict here.
            await Store.WriteAsync(keys[index], new JsonObject { ["index"] = index, ["key"] = keys[index] }, eTag: null, None);
        }

        for (var index = 0; index < keys.Length; index++)
        {
            var stored = await Store.ReadAsync(keys[index], None);
            Assert.NotNull(stored);
            AssertJson(new JsonObject { ["index"] = index, ["key"] = keys[index] }, stored.Object());
        }
    }

    [Fact]
    public async Task WriteAsync_LargeCyrillicValue_RoundTrips()
    {
        var key = StateKeys.Conversation("msteams", "large");
        var text = new StringBuilder();
        for (var line = 0; text.Length < 300_000; line++)
        {
            text.Append("Строка ").Append(line).Append(": клиент узнаёт о продукте, сравнивает, покупает 😀. ");
        }

        var value = new JsonObject { ["notes"] = text.ToString(), ["tail"] = "конец" };

        var eTag = await Store.WriteAsync(key, value, eTag: null, None);

        var stored = await Store.ReadAsync(key, None);
        Assert.NotNull(stored);
        Assert.Equal(eTag, stored.ETag);
        AssertJson(value, stored.Object());
    }

    [Fact]
    public async Task WriteAsync_ConcurrentReadModifyWriteWithRetry_LosesNoIncrements()
    {
        const int Writers = 20;
        var key = StateKeys.Conversation("msteams", "counter");

        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(() => IncrementAsync(key)));
        var attempts = await Task.WhenAll(writers);

        var stored = await Store.ReadAsync(key, None);
        Assert.NotNull(stored);
        Assert.Equal(Writers, stored.Object()["count"]!.GetValue<int>());
        Assert.All(attempts, count => Assert.InRange(count, 1, MaxAttempts));
    }

    private async Task<int> IncrementAsync(string key)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var current = await Store.ReadAsync(key, None);
            var count = current?.Object()["count"]!.GetValue<int>() ?? 0;
            try
            {
                await Store.WriteAsync(key, new JsonObject { ["count"] = count + 1 }, current?.ETag, None);
                return attempt;
            }
            catch (StateConflictException)
            {
                // Someone else won this round: read again and retry.
            }
        }

        throw new InvalidOperationException($"No write succeeded in {MaxAttempts} attempts.");
    }

    private static JsonObject Value(string marker) =>
        new() { ["marker"] = marker, ["nested"] = new JsonObject { ["list"] = new JsonArray(1, "два", true) } };

    private static void AssertJson(JsonObject expected, JsonObject actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected {expected.ToJsonString()} but read {actual.ToJsonString()}");
}
