using CjmBot.Bot.Async;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Workshops;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Routes;

/// <summary>
/// What participants give: answers (typed in the chat or sent from a question card), insights, edits and
/// removal of their last answer; and what anyone may ask for: the status and the map. A message that is no
/// command is an answer to the current question while a workshop runs, and otherwise gets a pointer to help.
/// A typed answer is acknowledged only in a personal chat: in channels and group chats the live map shows it,
/// so a burst of answers does not become a burst of replies. Refusals are always answered.
/// </summary>
public sealed class ContributionRoutes(
    IWorkshopRepository repository,
    WorkshopGuard guard,
    ContributionRecorder recorder,
    LiveMaps maps,
    AsyncStatus asyncStatus,
    ILogger<ContributionRoutes> logger) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
    [
        new(BotCommands.Insight, InsightAsync),
        new(BotCommands.Edit, (turn, command, language, ct) => ChangeLastAnswerAsync(turn, command.Argument, language, ct)),
        new(BotCommands.Undo, (turn, _, language, ct) => ChangeLastAnswerAsync(turn, newText: null, language, ct)),
        new(BotCommands.Status, StatusAsync),
        new(BotCommands.Map, MapAsync),
    ];

    public void Register(ActivityRouter router)
    {
        router.OnCardAction(AnswerSubmit.AnswerVerb, (turn, action, ct) => CardContributionAsync(turn, action, asInsight: false, ct));
        router.OnCardAction(AnswerSubmit.InsightVerb, (turn, action, ct) => CardContributionAsync(turn, action, asInsight: true, ct));
        router.OnFallback("message/answerOrNotUnderstood", turn => turn.Activity.Type == ActivityTypes.Message, FreeTextAsync);
    }

    private async Task FreeTextAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var userText = TurnText.Get(turn);
        var head = userText.Length == 0 ? null : await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            var text = BotText.For(TurnLanguage.Of(turn.Activity, userText));
            if (userText.Length > 0)
            {
                Log.NotUnderstood(logger, userText);
            }

            await turn.ReplyAsync(userText.Length == 0 ? text.EmptyMessage : text.NotUnderstood, cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await recorder.RecordAnswerAsync(
            head, AnswerTarget.Current(head), ContributionSource.Of(turn.Activity),
            userText, scoreInput: null, sourceInput: null, cancellationToken).ConfigureAwait(false);
        if (outcome.IsProblem || (!outcome.WasDuplicate && turn.Activity.Conversation?.ConversationType == ConversationTypes.Personal))
        {
            await turn.ReplyAsync(outcome.Message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<CardActionResult> CardContributionAsync(ITurnContext turn, CardAction action, bool asInsight, CancellationToken cancellationToken)
    {
        var submit = AnswerSubmit.Read(action.Data, asInsight);
        var head = submit is null ? null : await repository.GetHeadAsync(submit.WorkshopId, cancellationToken).ConfigureAwait(false);
        if (submit is null || head is null || head.Frame.ConversationId != WorkshopConversation.Key(turn.Activity)
            || head.Frame.FindSegment(submit.SegmentId) is null || submit.Stage >= head.Frame.Stages.Count
            || !head.Frame.Questions.Contains(submit.Question))
        {
            // A forged or stale card: never write into a workshop the card does not belong to.
            return CardActionResult.ShowMessage(WorkshopText.For(head?.Frame.Language ?? TurnLanguage.Of(turn.Activity)).StaleCard);
        }

        var target = new AnswerTarget(submit.SegmentId, submit.Stage, submit.Question);
        var typed = AnswerSubmit.ReadAnswer(action.Data);
        var outcome = asInsight
            ? await recorder.RecordInsightAsync(head, ContributionSource.Of(turn.Activity), typed, target, cancellationToken).ConfigureAwait(false)
            : await recorder.RecordAnswerAsync(head, target, ContributionSource.Of(turn.Activity),
                typed, AnswerSubmit.ReadScore(action.Data), AnswerSubmit.ReadSource(action.Data), cancellationToken).ConfigureAwait(false);

        if (!action.IsExecute)
        {
            // Action.Submit cannot answer with a card for one person only; a short reply does.
            return CardActionResult.ShowMessage(outcome.Message);
        }

        var workshop = await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (workshop is null || workshop.Progress.Status == WorkshopStatus.Finished)
        {
            return CardActionResult.ShowMessage(outcome.Message);
        }

        var notice = outcome.IsProblem ? outcome.Message : outcome.Message + " " + WorkshopText.For(head.Frame.Language)
            .RecordedQuote(ParticipantText.Truncate(typed?.Trim() ?? "", 120));
        return CardActionResult.ReplaceCard(QuestionCard.Create(new QuestionCardModel(workshop)
        {
            Notice = notice,
            NoticeIsProblem = outcome.IsProblem,
            Draft = outcome.IsProblem ? typed : null,
        }));
    }

    private async Task InsightAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var head = await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            await turn.ReplyAsync(WorkshopText.For(language).NoWorkshop, cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await recorder.RecordInsightAsync(
            head, ContributionSource.Of(turn.Activity), command.Argument, AnswerTarget.Current(head), cancellationToken)
            .ConfigureAwait(false);
        if (!outcome.WasDuplicate)
        {
            await turn.ReplyAsync(outcome.Message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ChangeLastAnswerAsync(ITurnContext turn, string? newText, Language language, CancellationToken cancellationToken)
    {
        var head = await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            await turn.ReplyAsync(WorkshopText.For(language).NoWorkshop, cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await recorder.ChangeLastAnswerAsync(head, ContributionSource.Of(turn.Activity), newText, cancellationToken)
            .ConfigureAwait(false);
        if (!outcome.WasDuplicate)
        {
            await turn.ReplyAsync(outcome.Message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task StatusAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var workshop = await LoadActiveAsync(turn, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            await turn.ReplyAsync(WorkshopText.For(language).NoWorkshop, cancellationToken).ConfigureAwait(false);
            return;
        }

        var frame = workshop.Frame;
        var progress = workshop.Progress;
        var text = WorkshopText.For(frame.Language);
        var lines = new List<string> { text.StatusLine(ParticipantText.EscapeMarkdown(frame.Title), text.StatusName(progress.Status)) };
        if (progress.Status != WorkshopStatus.Finished)
        {
            var position = progress.Position;
            lines.Add(ParticipantText.EscapeMarkdown(frame.Segments[position.Segment].Name) + " · "
                + text.StageOf(position.Stage + 1, frame.Stages.Count, ParticipantText.EscapeMarkdown(frame.Stages[position.Stage])) + " · "
                + text.QuestionOf(position.Question + 1, frame.Questions.Count));
        }

        if (progress is { Status: WorkshopStatus.Running, TimerDueAt: { } due })
        {
            lines.Add(text.TimerEndsAt(WorkshopTexts.Time(due, frame.Language)));
        }

        lines.Add(text.StatusCounts(workshop.Answers.Count, workshop.Insights.Count));
        if (frame.IsFacilitator(turn.Activity.From?.Id ?? ""))
        {
            lines.AddRange(await asyncStatus.LinesAsync(workshop, cancellationToken).ConfigureAwait(false));
        }

        await turn.ReplyAsync(string.Join("\n\n", lines), cancellationToken).ConfigureAwait(false);
    }

    private async Task MapAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var workshop = await LoadActiveAsync(turn, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            await turn.ReplyAsync(WorkshopText.For(language).NoWorkshop, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A fresh message at the bottom of the conversation, and from now on the one that is kept up to date.
        await maps.PostAsync(turn, workshop, cancellationToken).ConfigureAwait(false);
    }

    private async Task<WorkshopSnapshot?> LoadActiveAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var head = await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false);
        return head is null ? null : await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
    }
}
