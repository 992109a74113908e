using CjmBot.Application;
using CjmBot.Application.Outcomes;
using CjmBot.Application.UseCases.Contributions;
using CjmBot.Application.UseCases.Contributors;
using CjmBot.Bot.Rendering;
using CjmBot.Bot.Routes;
using CjmBot.Bot.State;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Dialogs;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Questions;

namespace CjmBot.Bot.Async;

/// <summary>
/// One contributor's guided sequence over the questions still open for them in one workshop, in their personal
/// chat: answer (typed or from the card), <c>skip</c>, <c>back</c>, <c>later</c>, and a summary at the end.
/// Begun with <see cref="AsyncSequenceOptions"/>; its position is the frame's <see cref="AsyncSequencePosition"/>, saved per
/// workshop and person. Answers are recorded through the application like live ones, marked as given in a personal chat.
/// </summary>
public sealed class AsyncSequenceDialog(UseCaseRunner workshops, IWorkshopRepository repository, AsyncSequenceCursor cursor) : Dialog(DialogId)
{
    public const string DialogId = "async-sequence";

    public override Task<DialogTurnResult> BeginAsync(DialogContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetOptions(BotJsonContext.Default.AsyncSequenceOptions) is null)
        {
            // Only Start begins a sequence; anything else finds nothing to continue and is left to the other routes.
            return context.CancelAllAsync(cancellationToken);
        }

        context.SetState(new AsyncSequencePosition(0), BotJsonContext.Default.AsyncSequencePosition);
        return ContinueAsync(context, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.GetOptions(BotJsonContext.Default.AsyncSequenceOptions);
        var items = options?.Items.Select(AsyncQuestion.Decode).OfType<AsyncQuestion>().ToList() ?? [];
        var head = options is null ? null : await repository.GetHeadAsync(options.WorkshopId, cancellationToken).ConfigureAwait(false);
        var userId = context.Turn.Activity.From?.Id;
        if (head is null || userId is null)
        {
            return await context.CancelAllAsync(cancellationToken).ConfigureAwait(false);
        }

        var text = AsyncText.For(head.Frame.Language);
        if (await repository.GetAsyncWindowAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false) is { Closed: true })
        {
            await cursor.ClearAsync(userId, head.Frame.Id, cancellationToken).ConfigureAwait(false);
            await context.Turn.ReplyAsync(text.WindowClosed(ParticipantText.EscapeMarkdown(head.Frame.Title)), cancellationToken).ConfigureAwait(false);
            return await context.CancelAllAsync(cancellationToken).ConfigureAwait(false);
        }

        var index = Math.Clamp(context.GetState(BotJsonContext.Default.AsyncSequencePosition)?.Index ?? 0, 0, items.Count);
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
                var outcome = await workshops.RunAsync(new RecordAnswer(TurnOrigins.Of(context.Turn), AnswerChannel.PersonalSequence, answer)
                {
                    WorkshopId = head.Frame.Id,
                    Target = new AnswerTarget(item.SegmentId, item.Stage, item.Question),
                    ScoreInput = score,
                }, cancellationToken).ConfigureAwait(false);
                if (outcome is AlreadyDone)
                {
                    // A redelivery of what moved the sequence on already.
                    return DialogTurnResult.EndOfTurn;
                }

                var reply = outcome is AnswerRecorded recorded ? ContributionReplies.Recorded(recorded)
                    : ContributionReplies.Problem(outcome) ?? Replies.Common(context.Turn, outcome, head.Frame.Language) ?? "";
                if (reply.Length > 0)
                {
                    await context.Turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
                }

                if (outcome is not AnswerRecorded)
                {
                    return DialogTurnResult.EndOfTurn;
                }

                index++;
                break;
        }

        context.SetState(new AsyncSequencePosition(index), BotJsonContext.Default.AsyncSequencePosition);
        if (index < items.Count)
        {
            await context.Turn.SendActivityAsync(
                Replies.Card(AsyncQuestionCard.Create(new AsyncQuestionCardModel(head.Frame, items[index], index + 1, items.Count))), cancellationToken)
                .ConfigureAwait(false);
            return DialogTurnResult.EndOfTurn;
        }

        await FinishAsync(context.Turn, head, text, cancellationToken).ConfigureAwait(false);
        return await context.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task FinishAsync(ITurnContext turn, WorkshopHead head, AsyncText text, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(new FinishContributing(TurnOrigins.Of(turn), head.Frame.Id), cancellationToken).ConfigureAwait(false);
        var given = outcome is ContributingFinished finished ? finished.Given : [];
        var title = ParticipantText.EscapeMarkdown(head.Frame.Title);
        var lines = new List<string> { given.Count == 0 ? text.NothingGiven(title) : text.SummaryHeading(given.Count, title) };
        lines.AddRange(given.Select(answer =>
            $"- {answer.StageIndex + 1}. {ParticipantText.EscapeMarkdown(head.Frame.Stages[answer.StageIndex])} · "
            + $"{QuestionCatalog.Text(answer.Question, head.Frame.Language).Lane}: "
            + ParticipantText.EscapeMarkdown(ParticipantText.Truncate(answer.Text, 200))));
        await turn.ReplyAsync(string.Join("\n", lines), cancellationToken).ConfigureAwait(false);
    }

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
