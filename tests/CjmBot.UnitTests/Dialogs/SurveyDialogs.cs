using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Dialogs;
using CjmBot.Dialogs.Prompts;
using CjmBot.Dialogs.Waterfall;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;

namespace CjmBot.UnitTests.Dialogs;

/// <summary>
/// Small dialogs the engine tests drive: a survey (text, number, choice, confirm), a card pick, and a lone
/// number prompt. Questions are rendered as plain text by <see cref="AskAsync"/>: "Question?" first,
/// "Again: Question?" on a retry.
/// </summary>
internal static class SurveyDialogs
{
    public const string Survey = "survey";
    public const string Pick = "pick";
    public const string LoneScore = "lone-score";

    /// <param name="withWelcome">Adds a first step, changing the survey's version (a newer definition).</param>
    public static DialogSet Create(bool withWelcome = false) => new DialogSet()
        .Add(SurveyWaterfall(withWelcome))
        .Add(PickWaterfall())
        .Add(new TextPrompt("name", AskAsync) { MaxLength = 20 })
        .Add(new NumberPrompt("score", AskAsync) { Min = -2, Max = 2, WholeNumbersOnly = true, MaxAttempts = 3 })
        .Add(new NumberPrompt(LoneScore, AskAsync) { Min = -2, Max = 2, WholeNumbersOnly = true, MaxAttempts = 3 })
        .Add(new ChoicePrompt("role", AskAsync, [new Choice("sales", "продажи"), new Choice("support", "поддержка", "саппорт")]))
        .Add(new ConfirmPrompt("save", AskAsync));

    public static Task AskAsync(PromptRequest request, CancellationToken cancellationToken)
    {
        var question = request.Options?["ask"]?.GetValue<string>() ?? request.PromptId + "?";
        return SayAsync(request.Turn, request.IsRetry ? "Again: " + question : question, cancellationToken);
    }

    private static WaterfallDialog SurveyWaterfall(bool withWelcome)
    {
        List<WaterfallStep> steps =
        [
            (step, ct) => step.BeginDialogAsync("name", Ask("Your name?"), ct),
            (step, ct) => Keep(step, "name").BeginDialogAsync("score", Ask("Score from -2 to +2?"), ct),
            (step, ct) => Keep(step, "score").BeginDialogAsync("role", Ask("Role? 1 sales, 2 support"), ct),
            (step, ct) => Keep(step, "role").BeginDialogAsync("save", Ask("Save?"), ct),
            async (step, ct) =>
            {
                if (step.Result?.GetValue<bool>() != true)
                {
                    await SayAsync(step.Turn, "Discarded", ct);
                    return await step.EndAsync(null, ct);
                }

                var values = step.Values;
                await SayAsync(step.Turn, $"Saved {values["name"]} {values["score"]?.ToJsonString() ?? "no score"} {values["role"]}", ct);
                return await step.EndAsync(values, ct);
            },
        ];
        if (withWelcome)
        {
            steps.Insert(0, async (step, ct) =>
            {
                await SayAsync(step.Turn, "Welcome", ct);
                return await step.NextAsync(null, ct);
            });
        }

        return new WaterfallDialog(Survey, steps);
    }

    /// <summary>Shows a card and moves on when one of its buttons is clicked; reports what arrived.</summary>
    private static WaterfallDialog PickWaterfall() => new(Pick,
    [
        async (step, ct) =>
        {
            await SayAsync(step.Turn, "Pick a colour", ct);
            return DialogTurnResult.EndOfTurn;
        },
        async (step, ct) =>
        {
            var action = step.Input.CardAction;
            var picked = action?.GetString("colour") ?? "nothing";
            var how = action is null ? "text" : action.IsExecute ? "execute" : "submit";
            await SayAsync(step.Turn, string.Create(CultureInfo.InvariantCulture, $"Picked {picked} by {how} at step {step.Index}"), ct);
            return await step.EndAsync(picked, ct);
        },
    ]);

    private static WaterfallStepContext Keep(WaterfallStepContext step, string name)
    {
        step.Values[name] = step.Result;
        return step;
    }

    private static JsonObject Ask(string question) => new() { ["ask"] = question };

    private static Task SayAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(new Activity { Text = text }, cancellationToken);
}
