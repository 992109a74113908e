using CjmBot.Testing;
using Xunit;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>Steps that many workshop conversations share, so each test reads as its own story.</summary>
internal static class WorkshopScript
{
    public const string TwoSegments = "Small shop owner: runs a shop of 5, buys on price\nIT manager: 200 seats, cares about security";

    /// <summary>The facilitator (Anna by default) opens the setup card and starts a two-stage English workshop.</summary>
    public static TestFlow StartTwoStageWorkshop(this TestFlow flow, string segments = "Small shop owner: runs a shop of 5", string timebox = "", string anonymous = "false") =>
        flow.Send("new")
            .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
            .Click("Start workshop",
                ("title", "Checkout journey"),
                ("product", "Online store"),
                ("goal", "Find why people abandon checkout"),
                ("mapType", "CurrentState"),
                ("template", "Custom"),
                ("customStages", "Search, Purchase"),
                ("segments", segments),
                ("kpi", "false"),
                ("anonymous", anonymous),
                ("timebox", timebox),
                ("language", "en"))
            .AssertInvokeCard(card => Assert.Equal("Workshop started", card.Heading))
            .AssertLiveMap()
            .AssertCard(card => Assert.Equal("What is the customer's goal at this stage?", card.Texts[1]));

    /// <summary>The next thing the bot posts is a map message (the live one, updated in place from now on).</summary>
    public static TestFlow AssertLiveMap(this TestFlow flow, string heading = "Customer journey map") =>
        flow.AssertCard(card => Assert.StartsWith(heading, card.Heading, StringComparison.Ordinal));

    /// <summary>Lets the clock run past the current second's redraw and runs the schedule, as every instance does each poll.</summary>
    public static TestFlow RunSchedulerAfter(this TestFlow flow, TimeSpan wait) =>
        flow.Then(async h =>
        {
            h.Time.Advance(wait);
            await h.Scheduler.RunDueJobsAsync(CancellationToken.None);
        });

    /// <summary>
    /// The next thing the bot did was to update the current question card in place with its count (<paramref name="countLine"/>,
    /// e.g. <c>Question 1/6 · 2 answers so far</c>) and who answered (<paramref name="answeredBy"/>; none: no such line).
    /// </summary>
    public static TestFlow AssertCountUpdate(this TestFlow flow, string countLine, string? answeredBy = null) =>
        flow.AssertCardUpdate(card =>
        {
            Assert.Contains(countLine, card.Texts);
            if (answeredBy is null)
            {
                Assert.DoesNotContain(card.Texts, text => text.StartsWith("✓ Answered", StringComparison.Ordinal) || text.StartsWith("✓ Ответили", StringComparison.Ordinal));
            }
            else
            {
                Assert.Contains(answeredBy, card.Texts);
            }
        });

    /// <summary>The next thing the bot posts is the question card for <paramref name="prompt"/>.</summary>
    public static TestFlow AssertQuestion(this TestFlow flow, string prompt, string? stageLine = null) =>
        flow.AssertCard(card =>
        {
            Assert.Equal(prompt, card.Texts[1]);
            if (stageLine is not null)
            {
                Assert.Contains(stageLine, card.Texts[0], StringComparison.Ordinal);
            }
        });
}
