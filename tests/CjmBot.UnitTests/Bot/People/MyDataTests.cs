using System.Text.RegularExpressions;
using CjmBot.Bot.Exports;
using CjmBot.Testing;
using CjmBot.UnitTests.Bot.Workshops;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.People;

/// <summary><c>my data</c> / <c>мои данные</c> as conversations: signed links, in a personal chat only.</summary>
public sealed partial class MyDataTests(ITestOutputHelper output)
{
    private static readonly TestConversation BorisChat = TestConversation.PersonalWith(TestUsers.Boris);

    [Fact]
    public async Task MyData_InAPersonalChat_GivesSignedLinksForThatPerson()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris).Send("Prices are hidden until the last step")
            .In(BorisChat)
            .Send("my data")
            .AssertReply(reply =>
            {
                var match = LinksPattern().Match(reply.Text!);
                Assert.True(match.Success, reply.Text);
                Assert.Equal("📦 Everything you said in 1 workshop of this bot: [JSON](…) · [Markdown](…). " +
                    "The links work until 2026-11-24 09:00 UTC; whoever holds them can download the file, so keep them to yourself.",
                    LinksPattern().Replace(reply.Text!, "[$1](…)"));
                var links = host.Services.GetRequiredService<ExportLinks>();
                foreach (Match link in LinksPattern().Matches(reply.Text!))
                {
                    var url = new Uri(link.Groups[2].Value);
                    var query = System.Web.HttpUtility.ParseQueryString(url.Query);
                    Assert.Equal(TestUsers.Boris.Id, query["person"]);
                    Assert.Equal(ExportLinkCheck.Valid,
                        links.VerifyPersonalData(query["person"]!, url.AbsolutePath.Split('/')[^1], query["lang"], query["exp"], query["sig"]).Check);
                }
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task MyData_InRussian_AndOutsideAPersonalChat_AndWithNothingStored()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .As(TestUsers.Boris).In(BorisChat)
            .Send("мои данные")
            .AssertReply("📦 Ни в одном воркшопе этого бота нет ничего вашего.")
            .As(TestUsers.Anna).In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris)
            .Send("my data")
            .AssertReply("This works only in your personal chat with me, where your own data stays between us: open it and type the command there.")
            .Send("Цены скрыты")
            .In(BorisChat)
            .Send("мои данные")
            .AssertReply(reply => Assert.StartsWith("📦 Всё, что вы сказали в 1 воркшопе этого бота: [JSON](https://cjmbot.test/mydata/json?person=", reply.Text, StringComparison.Ordinal))
            .Send("my dog ate the invoice") // not "my data": no workshop runs in this chat, so the bot says it did not understand
            .AssertReply("Sorry, I didn't get that. Type **help** to see the commands I know.")
            .StartTestAsync();
    }

    [GeneratedRegex(@"\[(JSON|Markdown)\]\(([^)]+)\)")]
    private static partial Regex LinksPattern();
}
