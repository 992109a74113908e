using CjmBot.Workshops;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// The conversation index read in one request (workshops and the async-sequence mark), run on every backend; each
/// test gets a fresh, empty repository.
/// </summary>
public abstract class ConversationIndexContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected abstract IWorkshopRepository Repository { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadConversationIndexAsync_Unknown_IsEmptyAndUnmarked()
    {
        var index = await Repository.ReadConversationIndexAsync(OtherConversation, None);

        Assert.Empty(index.WorkshopIds);
        Assert.Null(index.ActiveWorkshopId);
        Assert.False(index.HasAsyncSequences);
    }

    [Fact]
    public async Task ReadConversationIndexAsync_Workshops_AreInCreationOrderAndOnlyTheMarkedChatIsMarked()
    {
        var first = Frame("ws-1", OtherConversation, T0);
        var second = Frame("ws-2", OtherConversation, T0.AddHours(1));
        var elsewhere = Frame("ws-3", TeamsConversation, T0);
        foreach (var frame in new[] { first, second, elsewhere })
        {
            await Repository.CreateAsync(frame, Progress(frame), None);
        }

        await Repository.MarkAsyncSequencesAsync(OtherConversation, None);
        await Repository.MarkAsyncSequencesAsync(OtherConversation, None);

        var marked = await Repository.ReadConversationIndexAsync(OtherConversation, None);
        Assert.Equal(["ws-1", "ws-2"], marked.WorkshopIds);
        Assert.Equal("ws-2", marked.ActiveWorkshopId);
        Assert.True(marked.HasAsyncSequences);
        Assert.Equal(["ws-1", "ws-2"], await Repository.ListWorkshopIdsAsync(OtherConversation, None));
        Assert.Equal("ws-2", await Repository.GetActiveWorkshopIdAsync(OtherConversation, None));
        var unmarked = await Repository.ReadConversationIndexAsync(TeamsConversation, None);
        Assert.Equal(["ws-3"], unmarked.WorkshopIds);
        Assert.False(unmarked.HasAsyncSequences);
    }

    [Fact]
    public async Task MarkAsyncSequencesAsync_ChatWithoutWorkshops_IsMarkedAndStillHasNoActiveWorkshop()
    {
        await Repository.MarkAsyncSequencesAsync(OtherConversation, None);

        var index = await Repository.ReadConversationIndexAsync(OtherConversation, None);
        Assert.True(index.HasAsyncSequences);
        Assert.Empty(index.WorkshopIds);
        Assert.Null(await Repository.GetActiveWorkshopIdAsync(OtherConversation, None));
    }

    [Fact]
    public async Task DeleteAsync_MarkedChat_KeepsTheMark()
    {
        var frame = Frame("ws-gone", OtherConversation, T0);
        await Repository.CreateAsync(frame, Progress(frame), None);
        await Repository.MarkAsyncSequencesAsync(OtherConversation, None);

        await Repository.DeleteAsync(frame.Id, None);

        var index = await Repository.ReadConversationIndexAsync(OtherConversation, None);
        Assert.Empty(index.WorkshopIds);
        Assert.True(index.HasAsyncSequences);
    }
}

public sealed class InMemoryConversationIndexTests : ConversationIndexContractTests
{
    protected override IWorkshopRepository Repository { get; } = new InMemoryWorkshopRepository();
}
