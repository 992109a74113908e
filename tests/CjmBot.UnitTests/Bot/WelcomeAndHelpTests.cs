using CjmBot.Testing;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot;

public sealed class WelcomeAndHelpTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Install_TwoEventsAndReloads_WelcomesOnce()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .SendInstallation()
            .AssertReply(reply =>
            {
                Assert.StartsWith("👋", reply.Text, StringComparison.Ordinal);
                Assert.Contains("CjmBot", reply.Text, StringComparison.Ordinal);
                Assert.Contains("**help**", reply.Text, StringComparison.Ordinal);
            })
            .SendBotAdded()
            .SendInstallation()
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Reinstall_AfterUninstall_WelcomesAgain()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .SendBotAdded()
            .AssertReplyContains("CjmBot")
            .SendInstallation("remove")
            .AssertNoMoreReplies()
            .SendInstallation("add")
            .AssertReplyContains("CjmBot")
            .StartTestAsync();
    }

    [Fact]
    public async Task Install_RussianLocale_WelcomesInRussian()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithLocale("ru-RU")
            .SendInstallation()
            .AssertReplyContains("Привет! Я CjmBot")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_EnglishLocale_ShowsCommandCardInEnglish()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .Send("help")
            .AssertCard(card =>
            {
                Assert.Equal("1.5", card.Version);
                Assert.Equal("CjmBot commands", card.Heading);
                Assert.Contains("help Show what I can do", card.Texts);
                Assert.Equal("Action.Execute", card.Button("Русский").Type);
            })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("помощь", "en-US")]
    [InlineData("help", "ru-RU")]
    [InlineData("/Справка", "en-GB")]
    public async Task Help_RussianWordOrLocale_ShowsCommandCardInRussian(string text, string locale)
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .WithLocale(locale)
            .Send(text)
            .AssertCard(card =>
            {
                Assert.Equal("Команды CjmBot", card.Heading);
                Assert.Contains("помощь Показать, что я умею", card.Texts);
                Assert.NotNull(card.Button("English"));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task LanguageButton_ActionExecute_ReplacesCardInInvokeResponse()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .Send("help")
            .AssertCard(card => Assert.Equal("CjmBot commands", card.Heading))
            .Click("Русский")
            .AssertInvokeCard(card => Assert.Equal("Команды CjmBot", card.Heading))
            .Click("English")
            .AssertInvokeCard(card => Assert.Equal("CjmBot commands", card.Heading))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task LanguageButton_ActionSubmitFallback_UpdatesTheCardMessageInPlace()
    {
        await using var host = BotTestHost.Create(output);
        string? helpMessageId = null;
        await host.Flow()
            .Send("help")
            .AssertCard(card => Assert.Equal("CjmBot commands", card.Heading))
            .Then(h => helpMessageId = h.Adapter.History[^1].ActivityId)
            .ClickAsSubmit("Русский")
            .AssertCardUpdate(card => Assert.Equal("Команды CjmBot", card.Heading))
            .Then(h => Assert.Equal(helpMessageId, h.Adapter.History[^1].ActivityId))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Help_WithMentionInGroupConversations_MentionIsStrippedAndHelpShown(string kind)
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(kind == "channel" ? TestConversation.Channel : TestConversation.GroupChat)
            .Send("help")
            .AssertCard(card => Assert.Equal("CjmBot commands", card.Heading))
            .StartTestAsync();
    }

    [Fact]
    public async Task UnknownText_PointsToHelp_InTheWritersLanguage()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .Send("what is this?")
            .AssertReplyContains("Type **help**")
            .Send("что ты умеешь?")
            .AssertReplyContains("Напишите **помощь**")
            .StartTestAsync();
    }

    [Fact]
    public async Task MentionOnly_InChannel_AnswersInsteadOfStayingSilent()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.Channel)
            .Send("")
            .AssertReplyContains("I'm here")
            .StartTestAsync();
    }

    [Fact]
    public async Task UnknownCardVerb_Execute_AnswersWithAnErrorInsteadOfFailing()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .Send(new CjmBot.Protocol.Schema.Activity
            {
                Type = "invoke",
                Name = "adaptiveCard/action",
                Value = System.Text.Json.JsonDocument.Parse("""{"action":{"type":"Action.Execute","verb":"no.such.verb","data":{}}}""").RootElement,
            })
            .AssertInvokeMessage("no.such.verb", statusCode: 400)
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task PlaygroundPersonalMessage_RealPayload_IsAnsweredInItsConversation()
    {
        await using var host = BotTestHost.Create(output);
        var activity = TeamsPayloads.Activity("ui-inbound-personal-message");
        activity.Text = "help";
        await host.Flow()
            .Send(activity)
            .AssertCard(card => Assert.Equal("CjmBot commands", card.Heading))
            .Then(h =>
            {
                var sent = h.Adapter.History[^1].Activity!;
                Assert.Equal(activity.Conversation!.Id, sent.Conversation!.Id);
                Assert.Equal(activity.ServiceUrl, sent.ServiceUrl);
                Assert.Equal(activity.Recipient!.Id, sent.From!.Id);
                Assert.Equal(activity.From!.Id, sent.Recipient!.Id);
                Assert.Equal(activity.Id, sent.ReplyToId);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task PlaygroundChannelMessage_RealPayload_MentionStripped()
    {
        await using var host = BotTestHost.Create(output);
        var activity = TeamsPayloads.Activity("custom-config-channel-message");
        activity.Text = "<at>Acceptance Bot</at> help";
        await host.Flow()
            .Send(activity)
            .AssertCard(card => Assert.Equal("CjmBot commands", card.Heading))
            .StartTestAsync();
    }
}
