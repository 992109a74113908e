using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Dialogs;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using CjmBot.Protocol.State;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CjmBot.Testing;

/// <summary>
/// Runs one dialog in isolation, as one person, over the in-process channel and in-memory state. After
/// every turn it exposes the <see cref="DialogTurnResult"/> and the stack as saved, so tests assert status
/// and position, not only text. Clients that share a store and key race like two turns of one person;
/// clients with different keys are independent people.
/// </summary>
public sealed class DialogTestClient : IBot
{
    private readonly DialogSet _dialogs;
    private readonly string _rootDialogId;
    private readonly DialogRunner _runner;
    private readonly DialogStateStore _states;
    private readonly TestAdapter _adapter;
    private int _activityCount;
    private ExceptionDispatchInfo? _turnError;

    public DialogTestClient(DialogSet dialogs, string rootDialogId, IStateStore? store = null, ITestOutputHelper? output = null)
    {
        _dialogs = dialogs;
        _rootDialogId = rootDialogId;
        Store = store ?? new MemoryStateStore();
        Output = output;
        ILoggerFactory loggers = output is null ? NullLoggerFactory.Instance : new LoggerFactory([new TestOutputLoggerProvider(output)]);
        _states = new DialogStateStore(Store, loggers.CreateLogger<DialogStateStore>());
        _runner = new DialogRunner(loggers.CreateLogger<DialogRunner>());
        _adapter = new TestAdapter([], loggers.CreateLogger<TestAdapter>());
    }

    public TestUser User { get; init; } = TestUsers.Anna;

    public TestConversation Conversation { get; init; } = TestConversation.Personal;

    /// <summary>Where this person's stack is kept; by default one key per user.</summary>
    public string StateKey => field ??= StateKeys.Build("dialog", "test", User.Id);

    public JsonElement? RootOptions { get; init; }

    /// <summary>Turns this matches cancel the stack instead of continuing it, as a bot's "cancel" command would.</summary>
    public Func<ITurnContext, bool>? CancelWhen { get; init; }

    public IStateStore Store { get; }

    public ITestOutputHelper? Output { get; }

    /// <summary>The result of the last turn (null before the first).</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>The stack as stored after the last turn (empty when nothing is stored).</summary>
    public DialogState SavedState { get; private set; } = new();

    /// <summary>The person types <paramref name="text"/>; returns what the bot sent in that turn.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(string text)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Text = text;
        if (Conversation.IsGroup)
        {
            var mention = Entity.Mention(TestUsers.Bot);
            activity.Text = $"{mention.Text} {text}";
            activity.Entities = [mention];
        }

        return ProcessAsync(activity);
    }

    /// <summary>The person clicks an <c>Action.Execute</c> button (an <c>adaptiveCard/action</c> invoke).</summary>
    public Task<IReadOnlyList<Activity>> ClickAsync(string verb, JsonObject data)
    {
        var activity = NewActivity(ActivityTypes.Invoke);
        activity.Name = InvokeNames.AdaptiveCardAction;
        activity.Value = ToElement(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        });
        return ProcessAsync(activity);
    }

    /// <summary>The person clicks an <c>Action.Submit</c> button (a message whose value names the verb).</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(string verb, JsonObject data)
    {
        var value = (JsonObject)data.DeepClone();
        value[CardAction.VerbProperty] = verb;
        var activity = NewActivity(ActivityTypes.Message);
        activity.Value = ToElement(value);
        return ProcessAsync(activity);
    }

    /// <summary>Any other activity (a conversation update, an event), addressed like the rest.</summary>
    public Task<IReadOnlyList<Activity>> SendActivityAsync(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ProcessAsync(Complete(activity));
    }

    async Task IBot.OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            DialogTurnResult = CancelWhen?.Invoke(turnContext) == true
                ? await _runner.CancelAsync(turnContext, _dialogs, _states, StateKey, cancellationToken).ConfigureAwait(false)
                : await _runner.RunAsync(turnContext, _dialogs, _rootDialogId, _states, StateKey, RootOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The adapter swallows turn failures (it logs them); keep this one for the test to see.
            _turnError = ExceptionDispatchInfo.Capture(exception);
            throw;
        }
    }

    private async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity)
    {
        Output?.WriteLine($"→ {User.Name}: {activity.Text}{(activity.Value is { } value ? " " + value.GetRawText() : "")}");
        _turnError = null;
        await _adapter.ProcessActivityAsync(activity, this, CancellationToken.None).ConfigureAwait(false);
        SavedState = (await _states.LoadAsync(StateKey, CancellationToken.None).ConfigureAwait(false)).State;
        var replies = new List<Activity>();
        while (_adapter.NextOutbound() is { } call)
        {
            if (call is { Kind: OutboundKind.Send, Activity: { } reply })
            {
                Output?.WriteLine($"← {reply.Text}");
                replies.Add(reply);
            }
        }

        _turnError?.Throw();
        Output?.WriteLine($"  {DialogTurnResult?.Status} {DialogTurnResult?.Result?.GetRawText()}");
        return replies;
    }

    private Activity NewActivity(string type) => Complete(new Activity { Type = type });

    private Activity Complete(Activity activity)
    {
        activity.Id ??= $"d:{++_activityCount:D4}";
        activity.ChannelId ??= "msteams";
        activity.ServiceUrl ??= TestConversation.ServiceUrl;
        activity.From ??= User.ToAccount();
        activity.Recipient ??= TestUsers.Bot;
        activity.Conversation ??= Conversation.ToAccount();
        activity.ChannelData ??= Conversation.ChannelData();
        activity.Locale ??= "en-US";
        return activity;
    }

    private static JsonElement ToElement(JsonObject value) => JsonSerializer.SerializeToElement(value, ProtocolJson.TypeInfo<JsonObject>());
}
