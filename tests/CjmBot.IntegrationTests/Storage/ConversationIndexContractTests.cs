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

    private const string Carol = "29:1carol-co-facilitator";

    protected abstract IWorkshopRepository Repository { get; }

    /// <summary>The same store seen by another instance of the bot (another process in production).</summary>
    protected abstract IWorkshopRepository Elsewhere { get; }

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
            await Repository.CreateAsync(frame, Concluded(frame), None);
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

    [Fact]
    public async Task ReadConversationAsync_NoWorkshop_IsTheEmptyIndexAndNoHead()
    {
        var view = await Repository.ReadConversationAsync(OtherConversation, None);

        Assert.Empty(view.Index.WorkshopIds);
        Assert.Null(view.ActiveHead);
    }

    [Fact]
    public async Task ReadConversationAsync_EveryChangeMadeElsewhere_IsSeenOnTheNextRead()
    {
        var first = Frame("ws-first", OtherConversation, T0);
        await Repository.CreateAsync(first, Progress(first), None);
        // Read twice, so that a store that keeps what it read has kept it.
        Assert.Equal("ws-first", (await Repository.ReadConversationAsync(OtherConversation, None)).ActiveHead?.Frame.Id);
        Assert.Equal("ws-first", (await Repository.ReadConversationAsync(OtherConversation, None)).ActiveHead?.Frame.Id);

        await Elsewhere.UpdateProgressAsync(first.Id, (frame, progress) => progress.Next(frame, T0.AddMinutes(5)), None);
        var moved = await Repository.ReadConversationAsync(OtherConversation, None);
        Assert.Equal(1, moved.ActiveHead?.Progress.Position.Question);

        await Elsewhere.UpdateFrameAsync(first.Id, frame => frame with { Facilitators = [.. frame.Facilitators, Carol] }, None);
        var coFacilitated = await Repository.ReadConversationAsync(OtherConversation, None);
        Assert.True(coFacilitated.ActiveHead?.Frame.IsFacilitator(Carol));
        Assert.Equal(1, coFacilitated.ActiveHead?.Progress.Position.Question);

        await Elsewhere.MarkAsyncSequencesAsync(OtherConversation, None);
        var marked = await Repository.ReadConversationAsync(OtherConversation, None);
        Assert.True(marked.Index.HasAsyncSequences);
        Assert.Equal("ws-first", marked.ActiveHead?.Frame.Id);

        // The first one's session ends, so another may start (one running workshop per conversation).
        await Elsewhere.UpdateProgressAsync(first.Id, (_, progress) => progress.Close(DateTimeOffset.UnixEpoch), None);
        var second = Frame("ws-second", OtherConversation, T0.AddHours(1));
        await Elsewhere.CreateAsync(second, Progress(second), None);
        var replaced = await Repository.ReadConversationAsync(OtherConversation, None);
        Assert.Equal(["ws-first", "ws-second"], replaced.Index.WorkshopIds);
        Assert.Equal("ws-second", replaced.ActiveHead?.Frame.Id);
        Assert.Equal(0, replaced.ActiveHead?.Progress.Position.Question);

        await Elsewhere.DeleteAsync(second.Id, None);
        var restored = await Repository.ReadConversationAsync(OtherConversation, None);
        Assert.Equal(["ws-first"], restored.Index.WorkshopIds);
        Assert.Equal("ws-first", restored.ActiveHead?.Frame.Id);
        Assert.True(restored.ActiveHead?.Frame.IsFacilitator(Carol));

        await Elsewhere.DeleteAsync(first.Id, None);
        var emptied = await Repository.ReadConversationAsync(OtherConversation, None);
        Assert.Empty(emptied.Index.WorkshopIds);
        Assert.Null(emptied.ActiveHead);
        Assert.True(emptied.Index.HasAsyncSequences);
    }

    [Fact]
    public async Task ConcurrentChangesOfOneIndex_ThroughTwoInstances_AllLandAndTheNewestIsActive()
    {
        var frames = Enumerable.Range(0, 6).Select(i => Frame($"ws-race-{i}", OtherConversation, T0.AddMinutes(i))).ToList();
        await Repository.ReadConversationAsync(OtherConversation, None);

        await Task.WhenAll(frames.Select((frame, i) => (i % 2 == 0 ? Repository : Elsewhere).CreateAsync(frame, Concluded(frame), None))
            .Append(Elsewhere.MarkAsyncSequencesAsync(OtherConversation, None)));

        foreach (var instance in new[] { Repository, Elsewhere, Repository, Elsewhere })
        {
            var view = await instance.ReadConversationAsync(OtherConversation, None);
            Assert.Equal(frames.Select(frame => frame.Id), view.Index.WorkshopIds);
            Assert.True(view.Index.HasAsyncSequences);
            Assert.Equal("ws-race-5", view.ActiveHead?.Frame.Id);
        }
    }

    [Fact]
    public async Task ReadConversationAsync_OlderWorkshopDeletedElsewhere_LeavesTheIndexWithoutIt()
    {
        var older = Frame("ws-older", OtherConversation, T0);
        var newer = Frame("ws-newer", OtherConversation, T0.AddHours(1));
        await Repository.CreateAsync(older, Concluded(older), None);
        await Repository.CreateAsync(newer, Progress(newer), None);
        await Repository.ReadConversationAsync(OtherConversation, None);
        await Repository.ReadConversationAsync(OtherConversation, None);

        await Elsewhere.DeleteAsync(older.Id, None);

        var view = await Repository.ReadConversationAsync(OtherConversation, None);
        Assert.Equal(["ws-newer"], view.Index.WorkshopIds);
        Assert.Equal("ws-newer", view.ActiveHead?.Frame.Id);
    }
}

public sealed class InMemoryConversationIndexTests : ConversationIndexContractTests
{
    public InMemoryConversationIndexTests() => Elsewhere = Repository;

    protected override IWorkshopRepository Repository { get; } = new InMemoryWorkshopRepository();

    protected override IWorkshopRepository Elsewhere { get; }
}
