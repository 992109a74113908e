using CjmBot.Storage;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using CjmBot.Workshops.Writes;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>Round trips on the hot paths, counted on the wire through the client <c>AddCjmBotStorage</c> builds.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageRequestCounterTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly ServiceProvider _provider;
    private readonly TableWorkshopRepository _repository;
    private readonly StorageRequestCounter _counter;

    public StorageRequestCounterTests(AzuriteFixture azurite)
    {
        azurite.GetReachableClient();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.NewTablePrefix(),
        }).Build());
        services.AddLogging();
        services.AddCjmBotStorage();
        _provider = services.BuildServiceProvider();
        _repository = Assert.IsType<TableWorkshopRepository>(_provider.GetRequiredService<IWorkshopRepository>());
        _counter = _provider.GetRequiredService<StorageRequestCounter>();
    }

    public async Task InitializeAsync()
    {
        // Creates both tables, so the counted calls below pay only for themselves.
        var frame = Frame("ws-count");
        await _repository.CreateAsync(frame, Progress(frame), None);
        Assert.NotNull(await _repository.GetActiveWorkshopIdAsync(TeamsConversation, None));
    }

    public async Task DisposeAsync()
    {
        var client = _provider.GetRequiredService<Azure.Data.Tables.TableServiceClient>();
        await client.DeleteTableAsync(_repository.WorkshopsTableName);
        await client.DeleteTableAsync(_repository.ConversationsTableName);
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task AddContributionAsync_NewAnswer_IsOneRequest_AfterThePersonsFirstInTheWorkshop()
    {
        var before = _counter.Requests;
        Assert.Equal(WriteOutcome.Written, await _repository.AddContributionAsync(Answer("ws-count", "m1", Alice, "Ответ", T0), None));
        Assert.Equal(2, _counter.Requests - before); // the person → workshops index row, then the answer

        before = _counter.Requests;
        Assert.Equal(WriteOutcome.Written, await _repository.AddContributionAsync(Answer("ws-count", "m2", Alice, "Второй ответ", T0), None));
        Assert.Equal(1, _counter.Requests - before);
    }

    [Fact]
    public async Task AddContributionAsync_Redelivery_IsOneRequest()
    {
        await _repository.AddContributionAsync(Answer("ws-count", "m1", Alice, "Ответ", T0), None);
        var before = _counter.Requests;

        Assert.Equal(WriteOutcome.AlreadyDone, await _repository.AddContributionAsync(Answer("ws-count", "m1", Alice, "Ответ", T0), None));

        Assert.Equal(1, _counter.Requests - before);
    }

    [Fact]
    public async Task GetHeadAsync_FirstTwoPointReads_ThenOneWhileTheFrameIsUnchanged()
    {
        var before = _counter.Requests;
        Assert.NotNull(await _repository.GetHeadAsync("ws-count", None));
        Assert.Equal(2, _counter.Requests - before);

        before = _counter.Requests;
        Assert.NotNull(await _repository.GetHeadAsync("ws-count", None));
        Assert.Equal(1, _counter.Requests - before);
    }

    [Fact]
    public async Task ReadConversationAsync_FirstTheIndexAndTheHead_ThenOnePointRead()
    {
        var before = _counter.Requests;
        Assert.Equal("ws-count", (await _repository.ReadConversationAsync(TeamsConversation, None)).ActiveHead?.Frame.Id);
        Assert.Equal(3, _counter.Requests - before);

        for (var turn = 0; turn < 5; turn++)
        {
            before = _counter.Requests;
            Assert.Equal("ws-count", (await _repository.ReadConversationAsync(TeamsConversation, None)).ActiveHead?.Frame.Id);
            Assert.Equal(1, _counter.Requests - before);
        }
    }

    [Fact]
    public async Task LoadAsync_WorkshopWithAnswers_IsOneRequest()
    {
        for (var i = 0; i < 20; i++)
        {
            await _repository.AddContributionAsync(Answer("ws-count", $"m{i}", Bob, $"Ответ {i}", T0.AddSeconds(i)), None);
        }

        var before = _counter.Requests;

        var snapshot = await _repository.LoadAsync("ws-count", None);

        Assert.Equal(20, snapshot?.Contributions.Count);
        Assert.Equal(1, _counter.Requests - before);
    }
}
