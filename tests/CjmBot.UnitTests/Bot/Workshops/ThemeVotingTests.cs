using CjmBot.Testing;
using CjmBot.Workshops.Themes;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>Voting on accepted themes (<c>vote themes</c>), its tally, and themes in the summary, in a group chat.</summary>
public sealed class ThemeVotingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task VoteThemes_TheGroupVotesOnTheAcceptedThemes_TheTallyAndTheSummaryRankThem()
    {
        await using var host = BotTestHost.Create(output);
        await ThemeActionsTests.FourBarriers(host)
            .Send("vote themes")
            .AssertReply("No segment has accepted barrier or solution themes yet, so there are no themes to vote on. Accept themes first (`themes`, `themes solutions`), or type `vote` to vote on the answers.")
            .Send("themes")
            .AssertCard(_ => { })
            .Click("Accept all")
            .AssertInvokeCard(card => Assert.Contains("✓ Themes accepted and saved.", card.Texts))
            .Send("vote themes 4")
            .AssertReply("🗳 Dot-voting on themes is open: 4 votes per person per segment. Your votes are never shown with your name.")
            .AssertCard(card =>
            {
                Assert.Equal("Dot-voting · Small shop owner", card.Heading);
                Assert.Equal(["vote0", "vote1"], card.InputIds);
                Assert.Contains("1. Barriers · theme: Delivery · 2 answers", card.Texts);
                Assert.Contains("2. Barriers · theme: Checkout · 2 answers", card.Texts);
            })
            .As(TestUsers.Boris)
            .Click("Save my votes", ("vote0", "3"), ("vote1", "1"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 4 of 4 used, 0 left.", card.Texts))
            .As(TestUsers.Chloe)
            .Click("Save my votes", ("vote0", "5"))
            .AssertInvokeCard(card => Assert.DoesNotContain(card.Texts, text => text.StartsWith("✓ Your votes are saved", StringComparison.Ordinal)))
            .Click("Save my votes", ("vote1", "2"))
            .AssertInvokeCard(card => Assert.Contains("✓ Your votes are saved: 2 of 4 used, 2 left.", card.Texts))
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat);
                var themes = ThemeVoting.Items(workshop, "s1");
                Assert.Equal([3, 3], themes.Select(item => ThemeVoting.VotesFor(workshop, "s1", item.Theme.Id)));

                // Votes on themes are kept apart from votes on answers.
                Assert.True(workshop.Votes.IsEmpty);
            })
            .As(TestUsers.Anna)
            .Send("vote themes close")
            .AssertCard(card =>
            {
                output.WriteLine(card.AllText);
                Assert.Contains("2 people voted.", card.Texts);
                Assert.Contains("Themes · Barriers", card.Texts);
                Assert.Contains("#1 ● 3 votes Delivery · 2 answers", card.Texts);
                Assert.Contains("#1 ● 3 votes Checkout · 2 answers", card.Texts);
            })
            .AssertLiveMap()
            .Send("export")
            .AssertCard(card =>
            {
                output.WriteLine(card.AllText);
                Assert.Contains("Themes · Barriers", card.Texts);
                Assert.Contains("• Delivery — 2 answers, 3 votes", card.Texts);
                Assert.Contains("• Checkout — 2 answers, 3 votes", card.Texts);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task RussianWorkshop_GolosovanieTemy_OpensVotingOnThemes()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow().In(TestConversation.GroupChat).StartRussianWorkshop()
            .SendLater("дальше").AssertCard(_ => { })
            .SendLater("дальше").AssertCard(_ => { })
            .SendLater("дальше").AssertCard(card => Assert.Equal("Какие барьеры стоят перед клиентом?", card.Texts[1]))
            .As(TestUsers.Boris).Send("Дорогая доставка")
            .As(TestUsers.Chloe).Send("Доставка стоит слишком дорого")
            .As(TestUsers.Anna)
            .Send("голосование темы")
            .AssertReplyContains("Ни в одном сегменте пока нет принятых тем барьеров или решений")
            .Send("темы")
            .AssertCard(_ => { })
            .Click("Принять все")
            .AssertInvokeCard(card => Assert.Contains("✓ Темы приняты и сохранены.", card.Texts))
            .Send("голосование темы")
            .AssertReply("🗳 Голосование точками по темам открыто: 3 голоса на человека в каждом сегменте. Ваши голоса никогда не показываются с вашим именем.")
            .AssertCard(card =>
            {
                output.WriteLine(card.AllText);
                Assert.Contains(card.Texts, text => text.StartsWith("1. Барьеры · тема: ", StringComparison.Ordinal) && text.EndsWith(" · 2 ответа", StringComparison.Ordinal));
            })
            .StartTestAsync();
    }
}
