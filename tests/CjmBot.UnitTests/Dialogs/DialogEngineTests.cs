using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Dialogs;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.State;
using CjmBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Dialogs;

public sealed class DialogEngineTests(ITestOutputHelper output)
{
    [Fact]
    public void DialogSet_DuplicateId_Throws()
    {
        var dialogs = ProfileDialogs.Create();

        var error = Assert.Throws<InvalidOperationException>(() => dialogs.Add(ProfileDialogs.Create().Find(ProfileDialogs.Score)!));
        Assert.Contains("'score'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ThroughAChildDialog_ParentResumesWithItsResultAndCompletes()
    {
        var client = new DialogTestClient(ProfileDialogs.Create(), ProfileDialogs.Profile, output: output) { RootOptions = ProfileDialogs.Options("Hello") };

        Assert.Equal(["Hello", "Your name?"], Texts(await client.SendAsync("hi")));
        Assert.Equal(["Score from -2 to +2?"], Texts(await client.SendAsync("  Anna  ")));
        Assert.Equal([ProfileDialogs.Score, ProfileDialogs.Profile], client.SavedState.Stack.Select(frame => frame.DialogId));
        Assert.Equal(["Again: Score from -2 to +2?"], Texts(await client.SendAsync("3")));
        Assert.Equal(["Saved Anna -1"], Texts(await client.SendAsync("-1")));

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("""{"name":"Anna","score":-1}""", client.DialogTurnResult?.Result?.GetRawText());
        Assert.Empty(client.SavedState.Stack);
    }

    [Fact]
    public async Task Run_ChildGivesUp_ParentGetsNoResult()
    {
        var client = new DialogTestClient(ProfileDialogs.Create(), ProfileDialogs.Profile, output: output);
        await client.SendAsync("hi");
        await client.SendAsync("Борис");
        await client.SendAsync("x");
        await client.SendAsync("y");

        Assert.Equal(["Saved Борис without a score"], Texts(await client.SendAsync("z")));
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Null(client.DialogTurnResult?.Result);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Continue_CardButton_AnswersLikeTypedText(bool asSubmit)
    {
        var client = new DialogTestClient(ProfileDialogs.Create(), ProfileDialogs.Profile, output: output);
        await client.SendAsync("hi");

        var data = new JsonObject { ["name"] = "Chloe" };
        var replies = asSubmit ? await client.SubmitAsync("answer", data) : await client.ClickAsync("answer", data);

        Assert.Equal(["Score from -2 to +2?"], Texts(replies));
        Assert.Equal(new ProfileState(1, "Chloe"), Read(client.SavedState.Stack[^1].State, ProfileJsonContext.Default.ProfileState));
    }

    [Fact]
    public async Task Cancel_MidWay_TheNextMessageStartsOver()
    {
        var client = new DialogTestClient(ProfileDialogs.Create(), ProfileDialogs.Profile, output: output) { CancelWhen = turn => turn.Activity.Text == "cancel" };
        await client.SendAsync("hi");
        await client.SendAsync("Anna");

        Assert.Empty(await client.SendAsync("cancel"));
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
        Assert.Empty(client.SavedState.Stack);
        Assert.Equal(["Your name?"], Texts(await client.SendAsync("hi again")));
    }

    [Fact]
    public async Task Continue_StoredFrameFromOlderDefinition_RestartsWithTheOptionsItWasBegunWith()
    {
        var store = new MemoryStateStore();
        var before = new DialogTestClient(ProfileDialogs.Create(), ProfileDialogs.Profile, store, output) { RootOptions = ProfileDialogs.Options("Hello") };
        await before.SendAsync("hi");
        await before.SendAsync("Anna");
        Assert.Equal("profile:1", before.SavedState.Stack[^1].Version);

        // The same person, after a deployment that changed the profile dialog.
        var after = new DialogTestClient(ProfileDialogs.Create(withWelcome: true), ProfileDialogs.Profile, store, output);
        var replies = await after.SendAsync("2");

        Assert.Equal(["Hello", "Welcome", "Your name?"], Texts(replies));
        Assert.Equal(DialogTurnStatus.Waiting, after.DialogTurnResult?.Status);
        var profile = Assert.Single(after.SavedState.Stack);
        Assert.Equal("profile:2", profile.Version);
        Assert.Equal(new ProfileState(0, null), Read(profile.State, ProfileJsonContext.Default.ProfileState));
    }

    [Fact]
    public async Task Continue_StoredFrameOfUnregisteredDialog_StartsTheRootAgain()
    {
        var store = new MemoryStateStore();
        var old = new DialogTestClient(ProfileDialogs.Create(), ProfileDialogs.Profile, store, output);
        await old.SendAsync("hi");
        await old.SendAsync("Anna");
        var withoutProfile = new DialogSet().Add(ProfileDialogs.Create().Find(ProfileDialogs.Score)!);
        var current = new DialogTestClient(withoutProfile, ProfileDialogs.Score, store, output);

        var replies = await current.SendAsync("hello");

        Assert.Equal(["Score from -2 to +2?"], Texts(replies));
        Assert.Equal([ProfileDialogs.Score], current.SavedState.Stack.Select(frame => frame.DialogId));
    }

    [Fact]
    public async Task Run_TwoPeopleInOneConversation_KeepSeparatePositions()
    {
        var store = new MemoryStateStore();
        var dialogs = ProfileDialogs.Create();
        var anna = new DialogTestClient(dialogs, ProfileDialogs.Profile, store, output) { User = TestUsers.Anna, Conversation = TestConversation.GroupChat };
        var boris = new DialogTestClient(dialogs, ProfileDialogs.Profile, store, output) { User = TestUsers.Boris, Conversation = TestConversation.GroupChat };

        await anna.SendAsync("hi");
        await anna.SendAsync("Anna");
        var borisFirst = await boris.SendAsync("hi");
        var annaNext = await anna.SendAsync("+1");
        var borisNext = await boris.SendAsync("Boris");

        Assert.Equal(["Your name?"], Texts(borisFirst));
        Assert.Equal(["Saved Anna 1"], Texts(annaNext));
        Assert.Equal(["Score from -2 to +2?"], Texts(borisNext));
        Assert.NotEqual(anna.StateKey, boris.StateKey);
        Assert.Empty(anna.SavedState.Stack);
        Assert.Equal(new ProfileState(1, "Boris"), Read(boris.SavedState.Stack[^1].State, ProfileJsonContext.Default.ProfileState));
    }

    [Fact]
    public async Task Run_AnotherTurnSavedTheSameKeyMeanwhile_SurfacesStateConflict()
    {
        var store = new InterleavingStateStore(new MemoryStateStore());
        var dialogs = ProfileDialogs.Create();
        var phone = new DialogTestClient(dialogs, ProfileDialogs.Profile, store, output);
        var laptop = new DialogTestClient(dialogs, ProfileDialogs.Profile, store, output);
        await phone.SendAsync("hi");

        // The laptop's turn for the same person runs and saves while the phone's turn is still going.
        store.BeforeNextWrite = () => laptop.SendAsync("Anna on the laptop");
        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => phone.SendAsync("Anna on the phone"));

        Assert.Equal(phone.StateKey, conflict.Key);
        Assert.Equal(new ProfileState(1, "Anna on the laptop"), Read(phone.SavedState.Stack[^1].State, ProfileJsonContext.Default.ProfileState));
    }

    [Fact]
    public async Task Continue_ActivityWithoutAnswer_LeavesThePositionAlone()
    {
        var client = new DialogTestClient(ProfileDialogs.Create(), ProfileDialogs.Profile, output: output);
        await client.SendAsync("hi");
        await client.SendAsync("Anna");

        var replies = await client.SendActivityAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [TestUsers.Chloe.ToAccount()] });

        Assert.Empty(replies);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        Assert.Equal(new ScoreState(1), Read(client.SavedState.Stack[0].State, ProfileJsonContext.Default.ScoreState));
    }

    [Fact]
    public async Task StateStore_SaveThenLoad_KeepsFramesVersionsOptionsAndText()
    {
        var stateStore = new DialogStateStore(new MemoryStateStore(), NullLogger<DialogStateStore>.Instance);
        var key = StateKeys.Build("dialog", "w:1", "29:1anna");
        var state = new DialogState([
            new DialogFrame("score", "score", State: Element(new ScoreState(2), ProfileJsonContext.Default.ScoreState)),
            new DialogFrame("profile", "profile:1", ProfileDialogs.Options("Привет"), Element(new ProfileState(1, "Борис"), ProfileJsonContext.Default.ProfileState)),
        ]);

        var eTag = await stateStore.SaveAsync(key, state, null, CancellationToken.None);
        var (loaded, loadedETag) = await stateStore.LoadAsync(key, CancellationToken.None);

        Assert.Equal(eTag, loadedETag);
        Assert.Equal(["score:score", "profile:profile:1"], loaded.Stack.Select(frame => $"{frame.DialogId}:{frame.Version}"));
        Assert.Null(loaded.Stack[0].Options);
        Assert.Equal(new ScoreState(2), Read(loaded.Stack[0].State, ProfileJsonContext.Default.ScoreState));
        Assert.Equal(new ProfileOptions("Привет"), Read(loaded.Stack[1].Options, ProfileJsonContext.Default.ProfileOptions));
        Assert.Equal(new ProfileState(1, "Борис"), Read(loaded.Stack[1].State, ProfileJsonContext.Default.ProfileState));
    }

    [Fact]
    public async Task StateStore_StackOfTheFirstFormat_KeepsItsOptionsAndItsOwnState()
    {
        var memory = new MemoryStateStore();
        var key = StateKeys.Build("dialog", "w1", "u1");
        await memory.WriteAsync(
            key, """{"format":1,"stack":[{"dialogId":"profile","version":"profile:1","state":{"options":{"greeting":"Hi"},"step":1,"name":"Anna"}}]}""",
            null, CancellationToken.None);
        var stateStore = new DialogStateStore(memory, NullLogger<DialogStateStore>.Instance);

        var (state, _) = await stateStore.LoadAsync(key, CancellationToken.None);

        var frame = Assert.Single(state.Stack);
        Assert.Equal(new ProfileOptions("Hi"), Read(frame.Options, ProfileJsonContext.Default.ProfileOptions));
        Assert.Equal(new ProfileState(1, "Anna"), Read(frame.State, ProfileJsonContext.Default.ProfileState));
    }

    [Fact]
    public async Task StateStore_EmptyStackSaved_DeletesTheItem()
    {
        var memory = new MemoryStateStore();
        var stateStore = new DialogStateStore(memory, NullLogger<DialogStateStore>.Instance);
        var key = StateKeys.Build("dialog", "w1", "u1");
        var eTag = await stateStore.SaveAsync(key, new DialogState([new DialogFrame("a", "a")]), null, CancellationToken.None);

        var after = await stateStore.SaveAsync(key, new DialogState(), eTag, CancellationToken.None);

        Assert.Null(after);
        Assert.Equal(0, memory.Count);
    }

    [Theory]
    [InlineData("""{"stack":"not a list"}""")]
    [InlineData("""{"format":3,"stack":[]}""")]
    [InlineData("""{"format":2,"stack":[{"version":"v"}]}""")]
    [InlineData("not json")]
    public async Task StateStore_UnreadableItem_LoadsEmptyWithItsETagSoTheNextSaveReplacesIt(string json)
    {
        var memory = new MemoryStateStore();
        var key = StateKeys.Build("dialog", "w1", "u1");
        var stored = await memory.WriteAsync(key, json, null, CancellationToken.None);
        var stateStore = new DialogStateStore(memory, NullLogger<DialogStateStore>.Instance);

        var (state, eTag) = await stateStore.LoadAsync(key, CancellationToken.None);

        Assert.Empty(state.Stack);
        Assert.Equal(stored, eTag);
    }

    private static string[] Texts(IReadOnlyList<Activity> replies) => [.. replies.Select(reply => reply.Text ?? "")];

    private static JsonElement Element<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonSerializer.SerializeToElement(value, type);

    private static T? Read<T>(JsonElement? json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => json is { } element ? element.Deserialize(type) : default;

    /// <summary>Runs a competing turn just before the next write, as two devices or a channel retry would.</summary>
    private sealed class InterleavingStateStore(IStateStore inner) : IStateStore
    {
        public Func<Task>? BeforeNextWrite { get; set; }

        public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken)
        {
            if (BeforeNextWrite is { } competing)
            {
                BeforeNextWrite = null;
                await competing();
            }

            return await inner.WriteAsync(key, json, eTag, cancellationToken);
        }

        public Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken) => inner.DeleteAsync(key, eTag, cancellationToken);
    }
}
