using CjmBot.Protocol.Routing;
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
    public void VerbProperty_ProtocolAndCards_AgreeOnTheName() =>
        Assert.Equal(CardAction.VerbProperty, CjmBot.Cards.Submissions.CardSubmissions.VerbProperty);
}
