using System.Text.Json.Nodes;
using CjmBot.Bot.Routes;
using CjmBot.Bot.Workshops;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Dialogs;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Questions;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Async;

/// <summary>
/// One contributor's guided sequence over the questions still open for them in one workshop, in their personal
/// chat: answer (typed or from the card), <c>skip</c>, <c>back</c>, <c>later</c>, and a summary at the end.
/// Begun with <c>{workshopId, items}</c>; its position is the frame's <c>index</c>, saved per workshop and person.
/// Answers are recorded as asynchronous contributions of the shared workshop, exactly as live ones otherwise.
/// </summary>
public sealed class AsyncSequenceDialog(
    IWorkshopRepository repository,
    ContributionRecorder recorder,
    AsyncSequenceCursor cursor,
    AsyncSchedule schedule,
    TimeProvider time,
    ILogger<AsyncSequenceDialog> logger) : Dialog(DialogId)
{
    public const string DialogId = "async-sequence";
    private const string IndexKey = "index";

    public override Task<DialogTurnResult> BeginAsync(DialogContext context, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options?["workshopId"] is null)
        {
            // Only Start begins a sequence; anything else finds nothing to continue and is left to the other routes.
            return context.CancelAllAsync(cancellationToken);
        }

        FrameState(context)[IndexKey] = 0;
        return ContinueAsync(context, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = FrameState(context);
        var options = state[DialogContext.OptionsKey];
        var workshopId = options?["workshopId"]?.GetValue<string>();
        var items = (options?["items"] as JsonArray)?.Select(node => AsyncQuestion.Decode(node?.GetValue<string>())).OfType<AsyncQuestion>().ToList() ?? [];
        var head = workshopId is null ? null : await repository.GetHeadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        var userId = context.Turn.Activity.From?.Id;
        if (head is null || userId is null)
        {
            return await context.CancelAllAsync(cancellationToken).ConfigureAwait(false);
        }

        var text = AsyncText.For(head.Frame.Language);
        var window = await repository.GetAsyncWindowAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (window is { Closed: true })
        {
            await cursor.ClearAsync(userId, head.Frame.Id, cancellationToken).ConfigureAwait(false);
            await context.Turn.ReplyAsync(text.WindowClosed(ParticipantText.EscapeMarkdown(head.Frame.Title)), cancellationToken).ConfigureAwait(false);
            return await context.CancelAllAsync(cancellationToken).ConfigureAwait(false);
        }

        var index = Math.Clamp(state[IndexKey]?.GetValue<int>() ?? 0, 0, items.Count);
        var (step, answer, score) = Interpret(context.Input);
        switch (step)
        {
            case AsyncStep.Later:
                await cursor.ClearAsync(userId, head.Frame.Id, cancellationToken).ConfigureAwait(false);
                await context.Turn.ReplyAsync(text.SavedForLater, cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.EndOfTurn;
            case AsyncStep.Skip:
                index++;
                break;
            case AsyncStep.Back when index == 0:
                await context.Turn.ReplyAsync(text.AlreadyAtFirst, cancellationToken).ConfigureAwait(false);
                break;
            case AsyncStep.Back:
                index--;
                break;
            case AsyncStep.Answer when index < items.Count:
                var item = items[index];
                var outcome = await recorder.RecordAnswerAsync(
                    head, new AnswerTarget(item.SegmentId, item.Stage, item.Question), ContributionSource.Of(context.Turn.Activity),
                    answer, score, sourceInput: null, isAsync: true, cancellationToken).ConfigureAwait(false);
                if (outcome.WasDuplicate)
                {
                    // A redelivery of what moved the sequence on already.
                    return DialogTurnResult.EndOfTurn;
                }

                await context.Turn.ReplyAsync(outcome.Message, cancellationToken).ConfigureAwait(false);
                if (outcome.IsProblem)
                {
                    return DialogTurnResult.EndOfTurn;
                }

                index++;
                break;
        }

        state[IndexKey] = index;
        if (index < items.Count)
        {
            await context.Turn.SendActivityAsync(new Activity
            {
                Attachments = [Attachment.AdaptiveCard(AsyncQuestionCard.Create(new AsyncQuestionCardModel(head.Frame, items[index], index + 1, items.Count)))],
            }, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.EndOfTurn;
        }

        await FinishAsync(context.Turn, head, userId, text, cancellationToken).ConfigureAwait(false);
        return await context.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task FinishAsync(ITurnContext turn, WorkshopHead head, string userId, AsyncText text, CancellationToken cancellationToken)
    {
        var workshop = await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        var given = workshop is null ? [] : AsyncQuestion.GivenBy(workshop, userId);
        var title = ParticipantText.EscapeMarkdown(head.Frame.Title);
        var lines = new List<string> { given.Count == 0 ? text.NothingGiven(title) : text.SummaryHeading(given.Count, title) };
        lines.AddRange(given.Select(answer =>
            $"- {answer.StageIndex + 1}. {ParticipantText.EscapeMarkdown(head.Frame.Stages[answer.StageIndex])} · "
            + $"{QuestionCatalog.Text(answer.Question, head.Frame.Language).Lane}: "
            + ParticipantText.EscapeMarkdown(ParticipantText.Truncate(answer.Text, 200))));
        await turn.ReplyAsync(string.Join("\n", lines), cancellationToken).ConfigureAwait(false);

        if (await repository.GetInvitationAsync(head.Frame.Id, userId, cancellationToken).ConfigureAwait(false) is { } invitation)
        {
            await repository.SaveInvitationAsync(
                invitation with { State = InvitationState.Finished, FinishedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        }

        await schedule.CancelRemindersAsync(head.Frame.Id, userId, cancellationToken).ConfigureAwait(false);
        await cursor.ClearAsync(userId, head.Frame.Id, cancellationToken).ConfigureAwait(false);
        Log.AsyncSequenceFinished(logger, head.Frame.Id, given.Count);
    }

    private static JsonObject FrameState(DialogContext context) =>
        (context.ActiveFrame ?? throw new InvalidOperationException("No dialog is active.")).State;

    /// <summary>A card button says what it is; typed text is an answer unless it is one of the sequence's words.</summary>
    private static (AsyncStep Step, string? Answer, string? Score) Interpret(StepInput input)
    {
        if (input.CardAction is { } action)
        {
            var step = AsyncSubmit.Read(action.Verb, action.Data)?.Step ?? AsyncStep.Start;
            return (step, AnswerSubmit.ReadAnswer(action.Data), AnswerSubmit.ReadScore(action.Data));
        }

        if (input.Text is not { } typed)
        {
            return (AsyncStep.Start, null, null);
        }

        var word = typed.Trim().TrimStart('/').TrimEnd('.', '!').ToLowerInvariant();
        return word switch
        {
            "skip" or "пропустить" => (AsyncStep.Skip, null, null),
            "back" or "назад" => (AsyncStep.Back, null, null),
            "later" or "позже" or "потом" => (AsyncStep.Later, null, null),
            _ => (AsyncStep.Answer, typed, null),
        };
    }
}
