using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using CjmBot.Testing;
using CjmBot.Workshops;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>
/// Card data comes from the client and can be forged: a verb sent by someone who is not a facilitator, or naming a
/// workshop of another conversation, must change nothing anywhere.
/// </summary>
public sealed class ForgedCardTests(ITestOutputHelper output)
{
    public static TheoryData<WorkshopMove> Moves => new(Enum.GetValues<WorkshopMove>());

    [Theory]
    [MemberData(nameof(Moves))]
    public async Task MoveVerb_FromAParticipantWithValidData_IsRefusedAndNothingChanges(WorkshopMove move)
    {
        await using var host = BotTestHost.Create(output);
        var forged = NewInvoke();
        WorkshopSnapshot? before = null;
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Then(async h => before = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat))
            .As(TestUsers.Boris)
            .Then(_ => forged.Value = MoveValue(move, before!))
            .Send(forged)
            .AssertInvokeMessage("only the facilitators")
            .AssertNoMoreReplies()
            .Then(async h => AssertUnchanged(before!, await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public async Task MoveVerb_NamingAWorkshopOfAnotherConversation_IsRefusedAndNeitherChanges(WorkshopMove move)
    {
        await using var host = BotTestHost.Create(output);
        var forged = NewInvoke();
        WorkshopSnapshot? annas = null;
        WorkshopSnapshot? boriss = null;
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Then(async h => annas = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat))
            .As(TestUsers.Boris)
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Then(async h => boriss = await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel))
            // Boris facilitates his own workshop, and clicks, there, a forged button naming Anna's.
            .Then(_ => forged.Value = MoveValue(move, annas!))
            .Send(forged)
            .AssertInvokeMessage("out of date")
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                AssertUnchanged(annas!, await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat));
                AssertUnchanged(boriss!, await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task MoveVerb_InAnotherConversationNamingOwnWorkshop_IsRefusedAndNeitherChanges()
    {
        await using var host = BotTestHost.Create(output);
        var forged = NewInvoke();
        WorkshopSnapshot? annas = null;
        WorkshopSnapshot? boriss = null;
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Then(async h => annas = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat))
            .As(TestUsers.Boris)
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Then(async h => boriss = await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel))
            // Boris, in Anna's chat, sends his own workshop's button: it must not steer either workshop.
            .In(TestConversation.GroupChat)
            .Then(_ => forged.Value = MoveValue(WorkshopMove.Next, boriss!))
            .Send(forged)
            .AssertInvokeMessage("out of date")
            .AssertNoMoreReplies()
            .Then(async h =>
            {
                AssertUnchanged(annas!, await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat));
                AssertUnchanged(boriss!, await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel));
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData(AnswerSubmit.AnswerVerb)]
    [InlineData(AnswerSubmit.InsightVerb)]
    public async Task AnswerVerb_NamingAWorkshopOfAnotherConversation_IsNotRecordedThere(string verb)
    {
        await using var host = BotTestHost.Create(output);
        var forged = NewInvoke();
        WorkshopSnapshot? annas = null;
        await host.Flow()
            .In(TestConversation.GroupChat)
            .StartTwoStageWorkshop()
            .Then(async h => annas = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat))
            .As(TestUsers.Boris)
            .In(TestConversation.Channel)
            .StartTwoStageWorkshop()
            .Then(_ =>
            {
                var data = new JsonObject { [AnswerInputs.Answer] = "Planted into someone else's workshop" };
                new AnswerSubmit(annas!.Frame.Id, annas.Frame.Segments[0].Id, 0, annas.Frame.Questions[0], verb == AnswerSubmit.InsightVerb).WriteData(data);
                forged.Value = Value(verb, data);
            })
            .Send(forged)
            .Then(async h =>
            {
                AssertUnchanged(annas!, await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat));
                var boriss = await WorkshopFlowTests.LoadAsync(h, TestConversation.Channel);
                Assert.DoesNotContain(boriss.Contributions, c => c.Text == "Planted into someone else's workshop");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ThemesVerb_FromAFacilitator_NotOnAThemesCard_ChangesNothing()
    {
        await using var host = BotTestHost.Create(output);
        var forged = NewInvoke();
        await ThemeActionsTests.FourBarriers(host)
            .Then(async h =>
            {
                var workshop = await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat);
                var data = new JsonObject();
                new ThemeSubmit(ThemeAction.AcceptAll, workshop.Frame.Id, workshop.Frame.Segments[0].Id, 0, CjmBot.Workshops.Questions.QuestionKey.Barriers, "")
                    .WriteData(data);
                forged.Value = Value("themes.accept-all", data);
            })
            .Send(forged)
            .AssertInvokeMessage("out of date")
            .Then(async h => Assert.Empty((await WorkshopFlowTests.LoadAsync(h, TestConversation.GroupChat)).ThemeRecords))
            .StartTestAsync();
    }

    private static void AssertUnchanged(WorkshopSnapshot before, WorkshopSnapshot after)
    {
        Assert.Equal(before.Frame.Id, after.Frame.Id);
        Assert.Equal(before.Progress, after.Progress);
        Assert.Equal(before.Contributions.Count, after.Contributions.Count);
        Assert.Equal(before.Frame.Facilitators, after.Frame.Facilitators);
    }

    /// <summary>An <c>Action.Execute</c> invoke; its value is set by a step once the workshops (and their random ids) exist.</summary>
    private static Activity NewInvoke() => new() { Type = ActivityTypes.Invoke, Name = InvokeNames.AdaptiveCardAction };

    private static JsonElement MoveValue(WorkshopMove move, WorkshopSnapshot target)
    {
        var data = new JsonObject();
        new WorkshopMoveSubmit(move, target.Frame.Id, target.Progress.Revision).WriteData(data);
        return Value(WorkshopMoveSubmit.VerbOf(move), data);
    }

    private static JsonElement Value(string verb, JsonObject data) => JsonSerializer.SerializeToElement(
        new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        },
        ProtocolJson.TypeInfo<JsonObject>());
}
