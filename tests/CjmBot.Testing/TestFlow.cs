using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using Xunit;

namespace CjmBot.Testing;

/// <summary>
/// A conversation test as a script: <c>Send("help").AssertCard(...).Click("Русский").AssertInvokeCard(...)</c>.
/// Steps run in order when <see cref="StartTestAsync"/> is awaited; every turn runs through the real
/// middleware and bot, synchronously, so each assertion sees exactly what the previous step caused.
/// </summary>
public sealed class TestFlow(BotTestHost host)
{
    private readonly List<Func<Task>> _steps = [];
    private TestUser _user = TestUsers.Anna;
    private TestConversation _conversation = TestConversation.Personal;
    private string _locale = "en-US";
    private int _activityCount;
    private Activity? _lastInbound;
    private JsonObject? _lastCard;
    private string? _lastCardMessageId;
    private InvokeResponse? _lastInvoke;
    private readonly Dictionary<string, (JsonObject?, string?)> _kept = [];

    public TestFlow As(TestUser user) => Step(() => _user = user);

    public TestFlow In(TestConversation conversation) => Step(() => _conversation = conversation);

    public TestFlow WithLocale(string locale) => Step(() => _locale = locale);

    /// <summary>Keeps the last card under <paramref name="name"/>, to click it later when newer cards are in the chat.</summary>
    public TestFlow KeepCard(string name) => Step(() => _kept[name] = (_lastCard, _lastCardMessageId));

    /// <summary>The next click goes to the card kept under <paramref name="name"/> (a person scrolls up to an older card).</summary>
    public TestFlow UseCard(string name) => Step(() => (_lastCard, _lastCardMessageId) = _kept[name]);

    /// <summary>The user types <paramref name="text"/>; in channels and group chats the bot is @mentioned first, as Teams requires.</summary>
    public TestFlow Send(string text) => Step(() =>
    {
        var activity = NewActivity(ActivityTypes.Message);
        if (_conversation.IsGroup)
        {
            var mention = Entity.Mention(TestUsers.Bot);
            activity.Text = $"{mention.Text} {text}";
            activity.Entities = [mention, .. activity.Entities ?? []];
        }
        else
        {
            activity.Text = text;
        }

        activity.TextFormat = "plain";
        return ProcessAsync(activity);
    });

    /// <summary>
    /// The user types <paramref name="text"/> a little later (the clock moves on by <paramref name="after"/>, 10 s when not
    /// given), as a facilitator types <c>next</c> after the group has read the card: two identical moves at the same
    /// instant are taken for a double send.
    /// </summary>
    public TestFlow SendLater(string text, TimeSpan? after = null) => Wait(after ?? TimeSpan.FromSeconds(10)).Send(text);

    /// <summary>The clock moves on (nothing runs by itself: run the schedule to fire what became due).</summary>
    public TestFlow Wait(TimeSpan time) => Step(() => host.Time.Advance(time));

    /// <summary>Sends a prepared activity; missing addressing is filled from the flow's user and conversation.</summary>
    public TestFlow Send(Activity activity) => Step(() => ProcessAsync(Complete(activity)));

    /// <summary>Sends an activity built when the step runs (from ids the flow learned by then).</summary>
    public TestFlow Send(Func<Activity> activity) => Step(() => ProcessAsync(Complete(activity())));

    /// <summary>The channel delivers the previous activity again, with the same id (Teams retries after ~15 s).</summary>
    public TestFlow Redeliver() => Step(() => ProcessAsync(_lastInbound ?? throw new InvalidOperationException("Nothing was sent yet.")));

    public TestFlow SendBotAdded() => Step(() =>
    {
        var activity = NewActivity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [TestUsers.Bot];
        activity.Locale = null;
        return ProcessAsync(activity);
    });

    public TestFlow SendInstallation(string action = "add") => Step(() =>
    {
        var activity = NewActivity(ActivityTypes.InstallationUpdate);
        activity.Action = action;
        return ProcessAsync(activity);
    });

    /// <summary>
    /// Clicks a button on the last card the bot showed, as a client with Universal Actions does
    /// (<c>Action.Execute</c> → invoke). Inputs are merged into the button's data, as Teams does.
    /// </summary>
    public TestFlow Click(string buttonTitle, params (string Input, string Value)[] inputs) => Click(buttonTitle, _ => inputs);

    /// <summary>
    /// The same, with inputs read off the card when the click happens (e.g. a choice's value by its title:
    /// <see cref="CardView.ChoiceValue"/>), for values the test cannot know in advance.
    /// </summary>
    public TestFlow Click(string buttonTitle, Func<CardView, (string Input, string Value)[]> inputsOf) => Step(() =>
    {
        var inputs = inputsOf(LastCard());
        var button = LastCard().Button(buttonTitle);
        var data = Merge(button.Data, inputs);
        var activity = NewActivity(ActivityTypes.Invoke);
        activity.Name = InvokeNames.AdaptiveCardAction;
        activity.ReplyToId = _lastCardMessageId;
        activity.Value = JsonSerializer.SerializeToElement(
            new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["title"] = button.Title, ["verb"] = button.Verb, ["data"] = data },
                ["trigger"] = "manual",
            },
            ProtocolJson.TypeInfo<JsonObject>());
        return ProcessAsync(activity);
    });

    /// <summary>
    /// Teams refreshes the last card for the flow's user, as it does (trigger "automatic") for a user listed in the card's
    /// <c>refresh.userIds</c>; fails when the user is not listed. Assert the answer with <see cref="AssertInvokeCard"/>.
    /// </summary>
    public TestFlow Refresh() => Step(() =>
    {
        var refresh = LastCard().Json["refresh"] as JsonObject ?? throw new Xunit.Sdk.XunitException("The card asks for no refresh.");
        var userIds = (refresh["userIds"] as JsonArray)?.Select(id => id!.GetValue<string>()).ToList() ?? [];
        Assert.True(userIds.Contains(_user.Id), $"Teams would not refresh this card for {_user.Name}: not in its userIds.");
        var action = (JsonObject)refresh["action"]!;
        var activity = NewActivity(ActivityTypes.Invoke);
        activity.Name = InvokeNames.AdaptiveCardAction;
        activity.ReplyToId = _lastCardMessageId;
        activity.Value = JsonSerializer.SerializeToElement(
            new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action["verb"]!.GetValue<string>(), ["data"] = action["data"]?.DeepClone() },
                ["trigger"] = "automatic",
            },
            ProtocolJson.TypeInfo<JsonObject>());
        return ProcessAsync(activity);
    });

    /// <summary>
    /// Several people click the same button of the last card at the same instant (each their own invoke, run concurrently);
    /// with <paramref name="deliveries"/> &gt; 1 each click also arrives that many times at once, as Teams redelivers.
    /// </summary>
    public TestFlow ClickTogether(string buttonTitle, IReadOnlyList<TestUser> users, int deliveries = 1, params (string Input, string Value)[] inputs) => Step(async () =>
    {
        var button = LastCard().Button(buttonTitle);
        var activities = users.Select(user =>
        {
            var activity = Complete(new Activity { Type = ActivityTypes.Invoke, From = user.ToAccount() });
            activity.Name = InvokeNames.AdaptiveCardAction;
            activity.ReplyToId = _lastCardMessageId;
            activity.Value = JsonSerializer.SerializeToElement(
                new JsonObject
                {
                    ["action"] = new JsonObject { ["type"] = "Action.Execute", ["title"] = button.Title, ["verb"] = button.Verb, ["data"] = Merge(button.Data, inputs) },
                    ["trigger"] = "manual",
                },
                ProtocolJson.TypeInfo<JsonObject>());
            return activity;
        }).ToList();
        host.Transcript($"→ {activities.Count} clicks of \"{buttonTitle}\" at once, each delivered {deliveries} time(s)");
        var responses = await Task.WhenAll(activities.SelectMany(activity => Enumerable.Repeat(activity, deliveries))
            .Select(activity => Task.Run(() => host.Adapter.ProcessActivityAsync(activity, host.Bot, CancellationToken.None)))).ConfigureAwait(false);
        LastInvokes = responses;
    });

    /// <summary>The invoke answers of the last <see cref="ClickTogether"/>, in no particular order.</summary>
    public IReadOnlyList<InvokeResponse?> LastInvokes { get; private set; } = [];

    /// <summary>Sends typed <paramref name="texts"/> from the flow's user, all at the same instant (concurrently), each delivered <paramref name="deliveries"/> times.</summary>
    public TestFlow SendTogether(IReadOnlyList<string> texts, int deliveries = 1) => Step(async () =>
    {
        var activities = texts.Select(text =>
        {
            var activity = NewActivity(ActivityTypes.Message);
            if (_conversation.IsGroup)
            {
                var mention = Entity.Mention(TestUsers.Bot);
                activity.Text = $"{mention.Text} {text}";
                activity.Entities = [mention, .. activity.Entities ?? []];
            }
            else
            {
                activity.Text = text;
            }

            return activity;
        }).ToList();
        await Task.WhenAll(activities.SelectMany(activity => Enumerable.Repeat(activity, deliveries))
            .Select(activity => Task.Run(() => host.Adapter.ProcessActivityAsync(activity, host.Bot, CancellationToken.None)))).ConfigureAwait(false);
    });

    /// <summary>Clicks the button's <c>Action.Submit</c> fallback, as an older client does (a message with a value).</summary>
    public TestFlow ClickAsSubmit(string buttonTitle, params (string Input, string Value)[] inputs) => Step(() =>
    {
        var button = LastCard().Button(buttonTitle);
        var data = Merge(button.FallbackData ?? button.Data, inputs);
        var activity = NewActivity(ActivityTypes.Message);
        activity.ReplyToId = _lastCardMessageId;
        activity.Value = JsonSerializer.SerializeToElement(data, ProtocolJson.TypeInfo<JsonObject>());
        return ProcessAsync(activity);
    });

    /// <summary>The next thing the bot sent is a message whose text is exactly <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected) => AssertReply(reply => Assert.Equal(expected, reply.Text));

    /// <summary>The next thing the bot sent is a message whose text contains <paramref name="expected"/> (for long replies whose rest another test pins).</summary>
    public TestFlow AssertReplyContains(string expected) => AssertReply(reply =>
        Assert.True(reply.Text?.Contains(expected, StringComparison.Ordinal) == true,
            $"Expected a reply containing \"{expected}\" but got \"{reply.Text}\"."));

    public TestFlow AssertReply(Action<Activity> check) => Step(() =>
    {
        var call = NextSend();
        check(call.Activity!);
    });

    /// <summary>The next thing the bot sent is a message with an Adaptive Card.</summary>
    public TestFlow AssertCard(Action<CardView> check) => Step(() =>
    {
        var call = NextSend();
        var card = CardOf(call.Activity!) ?? throw new Xunit.Sdk.XunitException($"Expected a card but got text \"{call.Activity!.Text}\".");
        Remember(card, call.ActivityId);
        check(new CardView(card));
    });

    /// <summary>The next thing the bot sent is a card posted into <paramref name="conversation"/> (e.g. a personal chat it opened).</summary>
    public TestFlow AssertCardIn(TestConversation conversation, Action<CardView> check) => Step(() =>
    {
        var call = NextSend();
        Assert.Equal(conversation.Id, call.Activity!.Conversation?.Id);
        var card = CardOf(call.Activity!) ?? throw new Xunit.Sdk.XunitException($"Expected a card but got text \"{call.Activity!.Text}\".");
        Remember(card, call.ActivityId);
        check(new CardView(card));
    });

    /// <summary>The next thing the bot sent is a text message into <paramref name="conversation"/> containing <paramref name="expected"/>.</summary>
    public TestFlow AssertReplyIn(TestConversation conversation, string expected) => AssertReply(reply =>
    {
        Assert.Equal(conversation.Id, reply.Conversation?.Id);
        Assert.True(reply.Text?.Contains(expected, StringComparison.Ordinal) == true, $"Expected a reply containing \"{expected}\" but got \"{reply.Text}\".");
    });

    /// <summary>The next thing the bot did was to open a personal chat with <paramref name="user"/> (proactive create-conversation).</summary>
    public TestFlow AssertPersonalChatOpened(TestUser user) => Step(() =>
    {
        var call = host.Adapter.NextOutbound() ?? throw new Xunit.Sdk.XunitException("Expected a create-conversation, but the bot did nothing more.");
        Assert.True(call.Kind == OutboundKind.CreateConversation, $"Expected a create-conversation but the bot did: {Describe(call)}");
        Assert.Equal(TestAdapter.PersonalChatId(user.Id), call.ConversationId);
    });

    /// <summary>The next thing the bot did was to update (PUT) a card message in place.</summary>
    public TestFlow AssertCardUpdate(Action<CardView> check) => Step(() =>
    {
        var call = host.Adapter.NextOutbound() ?? throw new Xunit.Sdk.XunitException("Expected a card update, but the bot did nothing more.");
        Assert.True(call.Kind == OutboundKind.Update, $"Expected a card update but the bot did: {Describe(call)}");
        var card = CardOf(call.Activity!) ?? throw new Xunit.Sdk.XunitException("The update carries no card.");
        Remember(card, call.ActivityId);
        check(new CardView(card));
    });

    /// <summary>The next thing the bot did was to delete one of its messages (<paramref name="messageId"/> when given).</summary>
    public TestFlow AssertMessageDeleted(Func<string?>? messageId = null) => Step(() =>
    {
        var call = host.Adapter.NextOutbound() ?? throw new Xunit.Sdk.XunitException("Expected a message deletion, but the bot did nothing more.");
        Assert.True(call.Kind == OutboundKind.Delete, $"Expected a message deletion but the bot did: {Describe(call)}");
        if (messageId is not null)
        {
            Assert.Equal(messageId(), call.ActivityId);
        }
    });

    /// <summary>The last card click was answered, in the invoke response, with a replacement card.</summary>
    public TestFlow AssertInvokeCard(Action<CardView> check) => Step(() =>
    {
        var body = InvokeBody();
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, body["type"]!.GetValue<string>());
        var card = (JsonObject)body["value"]!;
        _lastCard = card;
        check(new CardView(card));
    });

    /// <summary>The last card click was answered, in the invoke response, with a short message (or an error).</summary>
    public TestFlow AssertInvokeMessage(string expected, int statusCode = 200) => Step(() =>
    {
        var body = InvokeBody();
        Assert.Equal(statusCode, body["statusCode"]!.GetValue<int>());
        var value = body["value"];
        var text = value is JsonObject error ? error["message"]?.GetValue<string>() : value?.GetValue<string>();
        Assert.True(text?.Contains(expected, StringComparison.Ordinal) == true, $"Expected \"{expected}\" in the invoke answer, got \"{text}\".");
    });

    public TestFlow AssertNoMoreReplies() => Step(() =>
    {
        if (host.Adapter.NextOutbound() is { } call)
        {
            throw new Xunit.Sdk.XunitException($"Expected nothing more from the bot, but it did: {Describe(call)}");
        }
    });

    /// <summary>Any other check or action, with access to the host (storage, clock, adapter).</summary>
    public TestFlow Then(Func<BotTestHost, Task> step) => Step(() => step(host));

    public TestFlow Then(Action<BotTestHost> step) => Step(() => step(host));

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step().ConfigureAwait(false);
        }
    }

    private TestFlow Step(Action step) => Step(() =>
    {
        step();
        return Task.CompletedTask;
    });

    private TestFlow Step(Func<Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private async Task ProcessAsync(Activity activity)
    {
        _lastInbound = activity;
        host.Transcript($"→ {activity.Type} {activity.Name} from {activity.From?.Name}: {activity.Text}{(activity.Value is { } v ? " " + v.GetRawText() : "")}");
        _lastInvoke = await host.Adapter.ProcessActivityAsync(activity, host.Bot, CancellationToken.None).ConfigureAwait(false);
        if (_lastInvoke is { } invoke)
        {
            host.Transcript($"← invoke {invoke.Status} {invoke.Body?.ToJsonString()}");
        }
    }

    private Activity NewActivity(string type) => Complete(new Activity { Type = type });

    private Activity Complete(Activity activity)
    {
        activity.Id ??= $"f:{++_activityCount:D4}-{Guid.NewGuid():N}";
        activity.ChannelId ??= "msteams";
        activity.ServiceUrl ??= TestConversation.ServiceUrl;
        activity.From ??= _user.ToAccount();
        activity.Recipient ??= TestUsers.Bot;
        activity.Conversation ??= _conversation.ToAccount();
        activity.ChannelData ??= _conversation.ChannelData();
        activity.Locale ??= _locale;
        activity.Entities ??= [new Entity { Type = Entity.ClientInfoType, Locale = _locale }];
        return activity;
    }

    private OutboundCall NextSend()
    {
        var call = host.Adapter.NextOutbound() ?? throw new Xunit.Sdk.XunitException("Expected a reply, but the bot sent nothing more.");
        Assert.True(call.Kind == OutboundKind.Send, $"Expected a new message but the bot did: {Describe(call)}");
        host.Transcript($"← {Describe(call)}");
        return call;
    }

    private CardView LastCard() => new(_lastCard ?? throw new InvalidOperationException("No card was shown yet; assert one before clicking."));

    private void Remember(JsonObject card, string? messageId)
    {
        _lastCard = card;
        _lastCardMessageId = messageId;
    }

    private JsonObject InvokeBody()
    {
        var invoke = _lastInvoke ?? throw new Xunit.Sdk.XunitException("The last activity was not an invoke.");
        Assert.Equal(200, invoke.Status);
        return invoke.Body as JsonObject ?? throw new Xunit.Sdk.XunitException("The invoke response has no JSON body.");
    }

    private static JsonObject Merge(JsonObject? data, (string Input, string Value)[] inputs)
    {
        var merged = (JsonObject?)data?.DeepClone() ?? [];
        foreach (var (input, value) in inputs)
        {
            merged[input] = value;
        }

        return merged;
    }

    private static JsonObject? CardOf(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content as JsonObject;

    private static string Describe(OutboundCall call) => call.Kind switch
    {
        OutboundKind.Send or OutboundKind.Update when call.Activity is { } activity && CardOf(activity) is { } card =>
            $"{call.Kind} card \"{new CardView(card).Heading}\"",
        OutboundKind.Send or OutboundKind.Update => $"{call.Kind} \"{call.Activity?.Text}\"",
        _ => $"{call.Kind} {call.ActivityId ?? call.ConversationId}",
    };
}
