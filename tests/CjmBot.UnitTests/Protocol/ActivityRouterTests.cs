using System.Text.Json.Nodes;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace CjmBot.UnitTests.Protocol;

public sealed class ActivityRouterTests
{
    [Fact]
    public void On_DuplicateRouteName_Throws()
    {
        var router = new ActivityRouter(NullLogger.Instance).On("message/x", _ => true, (_, _) => Task.CompletedTask);

        var error = Assert.Throws<InvalidOperationException>(() => router.On("message/x", _ => true, (_, _) => Task.CompletedTask));
        Assert.Contains("message/x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnCardAction_DuplicateVerb_Throws()
    {
        var router = new ActivityRouter(NullLogger.Instance)
            .OnCardAction("help.language", (_, _, _) => Task.FromResult(CardActionResult.ShowMessage("a")));

        Assert.Throws<InvalidOperationException>(() =>
            router.OnCardAction("help.language", (_, _, _) => Task.FromResult(CardActionResult.ShowMessage("b"))));
    }

    [Fact]
    public async Task OnInvoke_ByName_AnswersThatInvokeAndLeavesOthersUnrouted()
    {
        var router = new ActivityRouter(NullLogger.Instance)
            .OnActivity("message/any", ActivityTypes.Message, (_, _) => Task.CompletedTask)
            .OnInvoke("task/fetch", (_, _) => Task.FromResult(new InvokeResponse(200, new JsonObject { ["ok"] = true })));
        var adapter = new TestAdapter([], NullLogger<TestAdapter>.Instance);
        var fetch = new TurnContext(adapter, new Activity { Type = ActivityTypes.Invoke, Name = "task/fetch" });
        var other = new TurnContext(adapter, new Activity { Type = ActivityTypes.Invoke, Name = "composeExtension/query" });

        Assert.True(await router.RouteAsync(fetch, CancellationToken.None));
        Assert.False(await router.RouteAsync(other, CancellationToken.None));
        Assert.Equal(200, fetch.InvokeResponse!.Status);
        Assert.Null(other.InvokeResponse);
    }

    [Fact]
    public async Task UnknownInvoke_ThroughTheAdapter_Answers501()
    {
        var adapter = new TestAdapter([], NullLogger<TestAdapter>.Instance);
        var bot = new RouterBot(new ActivityRouter(NullLogger.Instance));

        var response = await adapter.ProcessActivityAsync(new Activity { Type = ActivityTypes.Invoke, Name = "no/such" }, bot, CancellationToken.None);

        Assert.Equal(501, response!.Status);
    }

    [Fact]
    public void VerbProperty_ProtocolAndCards_AgreeOnTheName() =>
        Assert.Equal(CardAction.VerbProperty, CjmBot.Cards.Submissions.CardSubmissions.VerbProperty);
}

internal sealed class RouterBot(ActivityRouter router) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => router.RouteAsync(turnContext, cancellationToken);
}
