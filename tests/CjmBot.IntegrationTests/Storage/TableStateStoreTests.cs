using System.Text.Json.Nodes;
using Azure.Data.Tables;
using CjmBot.Protocol.Serialization;
using CjmBot.Protocol.State;
using CjmBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The contract on Azurite, plus what only the table store has: chunking and its size limit.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStateStoreTests : StateStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly TableServiceClient _client;
    private readonly TableStateStore _store;

    public TableStateStoreTests(AzuriteFixture azurite)
    {
        _client = azurite.GetReachableClient();
        var options = new TableStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewTablePrefix() };
        _store = new TableStateStore(_client, Options.Create(options), NullLogger<TableStateStore>.Instance);
    }

    protected override IStateStore Store => _store;

    public override async Task DisposeAsync()
    {
        await _client.DeleteTableAsync(_store.TableName);
        _store.Dispose();
    }

    [Fact]
    public async Task WriteAsync_ValueJustUnderSizeLimit_RoundTripsInManyChunks()
    {
        var key = StateKeys.Conversation("msteams", "limit");
        var value = new JsonObject { ["text"] = new string('ж', TableStateStore.MaxValueLength - 20) };
        Assert.InRange(ProtocolJson.Write(value).Length, TableStateStore.MaxValueLength - 100, TableStateStore.MaxValueLength);

        await _store.WriteAsync(key, value, eTag: null, None);

        var stored = await _store.ReadAsync(key, None);
        Assert.NotNull(stored);
        Assert.True(JsonNode.DeepEquals(value, stored.Object()));
        var entity = await _client.GetTableClient(_store.TableName).QueryAsync<TableEntity>(maxPerPage: 1).FirstAsync();
        Assert.True(entity.GetInt32("JsonChunks") > 1);
    }

    [Fact]
    public async Task WriteAsync_ValueOverSizeLimit_ThrowsAndWritesNothing()
    {
        var key = StateKeys.Conversation("msteams", "too-large");
        var value = new JsonObject { ["text"] = new string('x', TableStateStore.MaxValueLength) };

        await Assert.ThrowsAsync<ArgumentException>(() => _store.WriteAsync(key, value, IStateStore.AnyETag, None));

        Assert.Null(await _store.ReadAsync(key, None));
    }

    [Fact]
    public async Task WriteAsync_SmallerValueOverLargerOne_DropsOldChunks()
    {
        var key = StateKeys.Conversation("msteams", "shrink");
        var eTag = await _store.WriteAsync(key, new JsonObject { ["text"] = new string('a', 100_000) }, eTag: null, None);

        await _store.WriteAsync(key, new JsonObject { ["text"] = "short" }, eTag, None);

        var entity = await _client.GetTableClient(_store.TableName).QueryAsync<TableEntity>(maxPerPage: 1).FirstAsync();
        Assert.Equal(1, entity.GetInt32("JsonChunks"));
        Assert.DoesNotContain("Json1", entity.Keys);
        var stored = await _store.ReadAsync(key, None);
        Assert.NotNull(stored);
        Assert.Equal("short", stored.Object()["text"]!.GetValue<string>());
    }
}
