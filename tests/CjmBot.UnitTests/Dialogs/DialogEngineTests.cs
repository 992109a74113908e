using System.Text.Json.Nodes;
using CjmBot.Dialogs;
using CjmBot.Dialogs.Prompts;
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
        var dialogs = new DialogSet().Add(new TextPrompt("name", SurveyDialogs.AskAsync));

        var error = Assert.Throws<InvalidOperationException>(() => dialogs.Add(new ConfirmPrompt("name", SurveyDialogs.AskAsync)));
        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Continue_StoredFrameFromOlderDefinition_RestartsFromFirstStep()
    {
        var store = new MemoryStateStore();
        var before = new DialogTestClient(SurveyDialogs.Create(), SurveyDialogs.Survey, store, output);
        await before.SendAsync("hi");
        await before.SendAsync("Anna");
        Assert.Equal(["score", SurveyDialogs.Survey], before.SavedState.Stack.Select(frame => frame.DialogId));
        Assert.Equal("survey:5", before.SavedState.Stack[^1].Version);

        // The same person, after a deployment that added a step to the survey.
        var after = new DialogTestClient(SurveyDialogs.Create(withWelcome: true), SurveyDialogs.Survey, store, output);
        var replies = await after.SendAsync("2");

        Assert.Equal(["Welcome", "Your name?"], replies.Select(reply => reply.Text));
        Assert.Equal(DialogTurnStatus.Waiting, after.DialogTurnResult?.Status);
        var survey = after.SavedState.Stack[^1];
        Assert.Equal(["name", SurveyDialogs.Survey], after.SavedState.Stack.Select(frame => frame.DialogId));
        Assert.Equal("survey:6", survey.Version);
        Assert.Equal(1, survey.State["step"]!.GetValue<int>());
        Assert.Empty(survey.State["values"]!.AsObject());
    }

    [Fact]
    public async Task Continue_StoredFrameOfUnregisteredDialog_StartsTheRootAgain()
    {
        var store = new MemoryStateStore();
        var old = new DialogTestClient(SurveyDialogs.Create(), SurveyDialogs.Pick, store, output);
        await old.SendAsync("hi");
        var dialogsWithoutPick = new DialogSet().Add(new TextPrompt("name", SurveyDialogs.AskAsync));
        var current = new DialogTestClient(dialogsWithoutPick, "name", store, output);

        var replies = await current.SendAsync("hello");

        Assert.Equal("name?", Assert.Single(replies).Text);
        Assert.Equal(["name"], current.SavedState.Stack.Select(frame => frame.DialogId));
    }

    [Fact]
    public async Task Run_TwoPeopleInOneConversation_KeepSeparatePositions()
    {
        var store = new MemoryStateStore();
        var dialogs = SurveyDialogs.Create();
        var anna = new DialogTestClient(dialogs, SurveyDialogs.Survey, store, output) { User = TestUsers.Anna, Conversation = TestConversation.GroupChat };
        var boris = new DialogTestClient(dialogs, SurveyDialogs.Survey, store, output) { User = TestUsers.Boris, Conversation = TestConversation.GroupChat };

        await anna.SendAsync("hi");
        await anna.SendAsync("Anna");
        var borisFirst = await boris.SendAsync("hi");
        var annaNext = await anna.SendAsync("+1");
        var borisNext = await boris.SendAsync("Boris");

        Assert.Equal("Your name?", Assert.Single(borisFirst).Text);
        Assert.Equal("Role? 1 sales, 2 support", Assert.Single(annaNext).Text);
        Assert.Equal("Score from -2 to +2?", Assert.Single(borisNext).Text);
        Assert.NotEqual(anna.StateKey, boris.StateKey);
        Assert.Equal("role", anna.SavedState.Stack[0].DialogId);
        Assert.Equal("score", boris.SavedState.Stack[0].DialogId);
        Assert.Equal("Anna", anna.SavedState.Stack[^1].State["values"]!["name"]!.GetValue<string>());
        Assert.Equal("Boris", boris.SavedState.Stack[^1].State["values"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_AnotherTurnSavedTheSameKeyMeanwhile_SurfacesStateConflict()
    {
        var store = new InterleavingStateStore(new MemoryStateStore());
        var dialogs = SurveyDialogs.Create();
        var phone = new DialogTestClient(dialogs, SurveyDialogs.Survey, store, output);
        var laptop = new DialogTestClient(dialogs, SurveyDialogs.Survey, store, output);
        await phone.SendAsync("hi");
        await phone.SendAsync("Anna");

        // The laptop's turn for the same person runs and saves while the phone's turn is still going.
        store.BeforeNextWrite = () => laptop.SendAsync("1");
        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => phone.SendAsync("-2"));

        Assert.Equal(phone.StateKey, conflict.Key);
        Assert.Equal("role", phone.SavedState.Stack[0].DialogId);
        Assert.Equal(1, phone.SavedState.Stack[^1].State["values"]!["score"]!.GetValue<int>());
    }

    [Fact]
    public async Task Continue_ActivityWithoutAnswer_LeavesThePositionAlone()
    {
        var client = new DialogTestClient(SurveyDialogs.Create(), SurveyDialogs.Survey, output: output);
        await client.SendAsync("hi");

        var replies = await client.SendActivityAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [TestUsers.Chloe.ToAccount()] });

        Assert.Empty(replies);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        Assert.Equal("name", client.SavedState.Stack[0].DialogId);
        Assert.Equal(0, client.SavedState.Stack[0].State["attempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task StateStore_SaveThenLoad_KeepsFramesVersionsAndText()
    {
        var stateStore = new DialogStateStore(new MemoryStateStore(), NullLogger<DialogStateStore>.Instance);
        var key = StateKeys.Build("dialog", "w:1", "29:1anna");
        var state = new DialogState([
            new DialogFrame("name", "name", new JsonObject { ["attempts"] = 2 }),
            new DialogFrame("survey", "survey:5", new JsonObject { ["step"] = 1, ["values"] = new JsonObject { ["name"] = "Борис" } }),
        ]);

        var eTag = await stateStore.SaveAsync(key, state, null, CancellationToken.None);
        var (loaded, loadedETag) = await stateStore.LoadAsync(key, CancellationToken.None);

        Assert.Equal(eTag, loadedETag);
        Assert.Equal(["name:name", "survey:survey:5"], loaded.Stack.Select(frame => $"{frame.DialogId}:{frame.Version}"));
        Assert.Equal("Борис", loaded.Stack[1].State["values"]!["name"]!.GetValue<string>());
        Assert.Equal(2, loaded.Stack[0].State["attempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task StateStore_EmptyStackSaved_DeletesTheItem()
    {
        var memory = new MemoryStateStore();
        var stateStore = new DialogStateStore(memory, NullLogger<DialogStateStore>.Instance);
        var key = StateKeys.Build("dialog", "w1", "u1");
        var eTag = await stateStore.SaveAsync(key, new DialogState([new DialogFrame("a", "a", [])]), null, CancellationToken.None);

        var after = await stateStore.SaveAsync(key, new DialogState(), eTag, CancellationToken.None);

        Assert.Null(after);
        Assert.Equal(0, memory.Count);
    }

    [Fact]
    public async Task StateStore_UnreadableItem_LoadsEmptyWithItsETagSoTheNextSaveReplacesIt()
    {
        var memory = new MemoryStateStore();
        var key = StateKeys.Build("dialog", "w1", "u1");
        var stored = await memory.WriteAsync(key, """{"stack":"not a list"}""", null, CancellationToken.None);
        var stateStore = new DialogStateStore(memory, NullLogger<DialogStateStore>.Instance);

        var (state, eTag) = await stateStore.LoadAsync(key, CancellationToken.None);

        Assert.Empty(state.Stack);
        Assert.Equal(stored, eTag);
    }

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
