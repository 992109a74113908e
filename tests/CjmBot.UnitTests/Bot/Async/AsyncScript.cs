using CjmBot.Protocol.Schema;
using CjmBot.Testing;

namespace CjmBot.UnitTests.Bot.Async;

/// <summary>Steps the asynchronous-contributor conversations share.</summary>
internal static class AsyncScript
{
    /// <summary>A channel message @mentioning the bot, then <paramref name="command"/> with @mentions of <paramref name="people"/> and an optional tail.</summary>
    public static Activity Mentioning(string command, IEnumerable<TestUser> people, string tail = "")
    {
        var list = people.ToList();
        return new Activity
        {
            Text = $"<at>{TestUsers.Bot.Name}</at> {command} " + string.Join(" ", list.Select(user => $"<at>{user.Name}</at>")) + tail,
            Entities = [Entity.Mention(TestUsers.Bot), .. list.Select(user => Entity.Mention(user.ToAccount()))],
        };
    }

    public static TestFlow Invite(this TestFlow flow, params TestUser[] people) => flow.Send(Mentioning("invite", people));

    public static TestFlow InviteAs(this TestFlow flow, string role, params TestUser[] people) => flow.Send(Mentioning("invite", people, " as " + role));

    /// <summary>The bot opened a personal chat with <paramref name="user"/> and sent the invitation there.</summary>
    public static TestFlow AssertInvitation(this TestFlow flow, TestUser user, Action<CardView>? check = null) =>
        flow.AssertPersonalChatOpened(user)
            .AssertCardIn(TestConversation.PersonalWith(user), card =>
            {
                Xunit.Assert.Equal("Your view of the customer journey", card.Heading);
                check?.Invoke(card);
            });

    /// <summary>The next card is question <paramref name="number"/> of <paramref name="total"/> of the personal-chat sequence.</summary>
    public static TestFlow AssertAsyncQuestion(this TestFlow flow, int number, int total, string prompt, string? stageLine = null) =>
        flow.AssertCard(card =>
        {
            Xunit.Assert.Equal($"Checkout journey · question {number} of {total}", card.Texts[0]);
            Xunit.Assert.Equal(prompt, card.Texts[2]);
            if (stageLine is not null)
            {
                Xunit.Assert.Contains(stageLine, card.Texts[1], StringComparison.Ordinal);
            }
        });

    public static TestFlow RunScheduler(this TestFlow flow, TimeSpan wait, int? expectedJobs = null) =>
        flow.Then(async h =>
        {
            h.Time.Advance(wait);
            var ran = await h.Scheduler.RunDueJobsAsync(CancellationToken.None);
            if (expectedJobs is { } expected)
            {
                Xunit.Assert.Equal(expected, ran);
            }
        });
}
