using CjmBot.Dialogs;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Serialization;
using CjmBot.Testing;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Dialogs;

public sealed class DialogScriptTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(DialogScripts.Names), MemberType = typeof(DialogScripts))]
    public async Task Script_PlayedTurnByTurn_RepliesAndStatusesMatch(string name)
    {
        var script = DialogScripts.Get(name);
        var client = new DialogTestClient(SurveyDialogs.Create(), script.RootDialogId, output: output)
        {
            CancelWhen = turn => turn.Activity.Text == DialogScripts.CancelWord,
        };

        for (var i = 0; i < script.Steps.Length; i++)
        {
            var step = script.Steps[i];
            var replies = await step.ActAsync(client);

            var where = $"turn {i + 1} ({step})";
            var said = replies.Count == 0 ? null : string.Join(" | ", replies.Select(reply => reply.Text));
            Assert.True(step.Reply == said, $"{where}: expected reply \"{step.Reply}\", got \"{said}\".");
            Assert.True(step.Status == client.DialogTurnResult?.Status, $"{where}: expected {step.Status}, got {client.DialogTurnResult?.Status}.");
            Assert.True(step.Result == Json(client.DialogTurnResult?.Result),
                $"{where}: expected result {step.Result ?? "none"}, got {Json(client.DialogTurnResult?.Result) ?? "none"}.");
            Assert.True((step.Status == DialogTurnStatus.Waiting) == (client.SavedState.Stack.Count > 0),
                $"{where}: a waiting dialog must leave a saved stack, a finished one none.");
        }
    }

    private static string? Json(JsonNode? node) => node is null ? null : ProtocolJson.Write(node);
}
