using CjmBot.Protocol.Schema;
using CjmBot.Testing;
using CjmBot.UnitTests.Bot.Workshops;
using CjmBot.Workshops;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.People;

/// <summary>
/// <c>forget @name</c> / <c>забудь @имя</c>: a facilitator removes one participant from their workshop (someone who left),
/// confirmed on a card; the participant is told in their personal chat; nobody else may, and facilitators are not erased.
/// </summary>
public sealed class ForgetParticipantTests(ITestOutputHelper output)
{
    private static Activity ForgetBoris(string command = "forget") => new()
    {
        Text = $"<at>CjmBot</at> {command} <at>Boris Ivanov</at>",
        Entities = [Entity.Mention(TestUsers.Bot), Entity.Mention(TestUsers.Boris.ToAccount())],
    };

    [Fact]
    public async Task Facilitator_ForgetsAParticipant_InThisWorkshopOnly_AndTheyAreTold()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris).Send("Prices are hidden until the last step")
            .As(TestUsers.Chloe).Send("Too many steps")
            .As(TestUsers.Anna)
            .Send(ForgetBoris())
            .AssertCard(card =>
            {
                Assert.Equal(
                    "Forget **Boris Ivanov** in “Checkout journey”? Their answers, insights, edits, conclusions and invitation in this workshop are removed; " +
                    "their votes stay only as anonymous counts, and action items they own stay with \"former participant\". The map is redrawn without them, " +
                    "and they are told in their personal chat. This cannot be undone.", card.Heading);
                Assert.Equal(["Forget them", "Keep"], card.Buttons.Select(button => button.Title));
            })
            .Click("Forget them")
            .AssertPersonalChatOpened(TestUsers.Boris)
            .AssertReplyIn(TestConversation.PersonalWith(TestUsers.Boris),
                "🧹 A facilitator of “Checkout journey” removed everything you said in that workshop: your answers, insights, edits, conclusions and invitation; " +
                "your votes stay only as anonymous counts.")
            .AssertInvokeCard(card => Assert.Equal(
                "🧹 Boris Ivanov is forgotten in this workshop. Removed or anonymised:\n\n- answers removed: 1\n\nBoris Ivanov was told in their personal chat.",
                card.Heading))
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat);
                Assert.Equal(["Too many steps"], workshop.Answers.Select(answer => answer.Text));
                Assert.Empty(await h.Workshops.ListWorkshopsOfPersonAsync(TestUsers.Boris.Id, CancellationToken.None));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Keep_ChangesNothing_AndAParticipantCannotForgetAnyone()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .As(TestUsers.Boris).Send("Prices are hidden")
            .As(TestUsers.Chloe)
            .Send(ForgetBoris())
            .AssertReplyContains("only the facilitators (Anna Petrova)")
            .As(TestUsers.Anna)
            .Send(ForgetBoris())
            .AssertCard(card => Assert.StartsWith("Forget **Boris Ivanov**", card.Heading, StringComparison.Ordinal))
            .Click("Keep")
            .AssertInvokeCard(card => Assert.Equal("Nothing of Boris Ivanov was forgotten.", card.Heading))
            .Send("<at>CjmBot</at> forget about the discount, it is confusing")
            .Then(async h => Assert.Equal(["Prices are hidden", "forget about the discount, it is confusing"],
                (await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).Answers.Select(a => a.Text)))
            .StartTestAsync();
    }

    [Fact]
    public async Task InRussian_AFacilitatorIsNotForgotten_AndNobodyNamedIsExplained()
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartRussianWorkshop()
            .Send(new Activity
            {
                Text = "<at>CjmBot</at> забудь <at>Anna Petrova</at>",
                Entities = [Entity.Mention(TestUsers.Bot), Entity.Mention(TestUsers.Anna.ToAccount())],
            })
            .AssertReply("Anna Petrova ведёт этот воркшоп, поэтому в нём не забывается; забыть себя можно командой **забудь меня** в личном чате со мной.")
            .Send("<at>CjmBot</at> забудь @Борис")
            .AssertReply("Назовите одного человека: **забудь @имя** удалит его из этого воркшопа (ведущие). Чтобы забыть себя, напишите **забудь меня** в личном чате со мной.")
            .As(TestUsers.Boris).Send("Цены скрыты")
            .As(TestUsers.Anna)
            .Send(ForgetBoris("забудь"))
            .AssertCard(card => Assert.StartsWith("Забыть **Boris Ivanov** в «Путь покупателя»?", card.Heading, StringComparison.Ordinal))
            .Click("Забыть")
            .AssertPersonalChatOpened(TestUsers.Boris)
            .AssertReplyIn(TestConversation.PersonalWith(TestUsers.Boris),
                "🧹 Ведущий воркшопа «Путь покупателя» удалил всё, что вы в нём сказали: ответы, инсайты, правки, выводы и приглашение; ваши голоса остались только как анонимные числа.")
            .AssertInvokeCard(card => Assert.Equal(
                "🧹 Boris Ivanov забыт(а) в этом воркшопе. Удалено или обезличено:\n\n- удалено ответов: 1\n\nBoris Ivanov получил(а) сообщение в личном чате.", card.Heading))
            .Then(async h => Assert.Empty((await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).Answers))
            .StartTestAsync();
    }
}
