using CjmBot.Application;
using CjmBot.Application.Outcomes;
using CjmBot.Application.UseCases.Contributions;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Rendering;
using CjmBot.Bot.Commands;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Routes;

/// <summary>
/// What participants give: answers (typed in the chat or sent from a question card), insights, edits and removal of their
/// last answer. A message to the bot that is no command is an answer to the current question while a workshop runs, and
/// otherwise gets a pointer to help. A message in a channel or group chat that does not @mention the bot (Teams delivers
/// them all with resource-specific consent) counts as an answer only while a session is running there (in a channel: in
/// the workshop's own thread) and is never a command; otherwise it is ignored. A typed answer is acknowledged only in a
/// personal chat: in channels and group chats the live map shows it. Refusals are always answered.
/// </summary>
public sealed class ContributionRoutes(
    UseCaseRunner workshops, IWorkshopRepository repository, ChatAddresses addresses, AnswerPrompts prompts, ILogger<ContributionRoutes> logger)
    : IRouteGroup, ICommandGroup
{
    private static readonly CommandParser Commands = new(BotCommands.All);

    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
    [
        new(BotCommands.Insight, (turn, command, language, ct) => ReplyAsync(turn, new NoteInsight(TurnOrigins.Of(turn), command.Argument), language, ct)),
        new(BotCommands.Edit, (turn, command, language, ct) => ReplyAsync(turn, new ChangeLastAnswer(TurnOrigins.Of(turn), command.Argument), language, ct)),
        new(BotCommands.Undo, (turn, _, language, ct) => ReplyAsync(turn, new ChangeLastAnswer(TurnOrigins.Of(turn), NewText: null), language, ct)),
    ];

    public void Register(ActivityRouter router)
    {
        router.OnCardAction(AnswerSubmit.AnswerVerb, (turn, action, ct) => CardContributionAsync(turn, action, asInsight: false, ct));
        router.OnCardAction(AnswerSubmit.InsightVerb, (turn, action, ct) => CardContributionAsync(turn, action, asInsight: true, ct));
        router.On("message/overheard", turn => turn.Activity.Type == ActivityTypes.Message && !TurnText.IsAddressedToBot(turn), OverheardAsync);
        router.OnFallback("message/answerOrNotUnderstood", turn => turn.Activity.Type == ActivityTypes.Message, FreeTextAsync);
    }

    private async Task FreeTextAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var userText = TurnText.Get(turn);
        var language = TurnLanguage.Of(turn.Activity, userText);
        if (userText.Length == 0)
        {
            await turn.ReplyAsync(BotText.For(language).EmptyMessage, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await prompts.SuggestCommandAsync(turn, userText, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var outcome = await workshops.RunAsync(new RecordAnswer(TurnOrigins.Of(turn), AnswerChannel.Typed, userText), cancellationToken).ConfigureAwait(false);
        if (outcome is Application.Outcomes.Refused { Reason: Application.Gate.Refusal.NoWorkshop })
        {
            Log.NotUnderstood(logger, userText);
            await turn.ReplyAsync(BotText.For(language).NotUnderstood, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ReplyToTypedAnswerAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A message not addressed to the bot: an answer while a session runs here, otherwise none of the bot's business.</summary>
    private async Task OverheardAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var userText = TurnText.Get(turn);
        if (userText.Length == 0 || Commands.Parse(userText) is not null)
        {
            return;
        }

        var origin = TurnOrigins.Of(turn);
        var active = (await origin.Views.ReadAsync(repository, origin.ConversationId, cancellationToken).ConfigureAwait(false)).ActiveHead;
        if (active is not { Progress.Status: WorkshopStatus.Running }
            || (origin.Chat == Application.Requests.ChatKind.Channel
                && (await addresses.GetAsync(active.Frame.Id, cancellationToken).ConfigureAwait(false))?.Conversation.Id != turn.Activity.Conversation?.Id))
        {
            return;
        }

        var outcome = await workshops.RunAsync(new RecordAnswer(origin, AnswerChannel.Typed, userText), cancellationToken).ConfigureAwait(false);
        await ReplyToTypedAnswerAsync(turn, outcome, TurnLanguage.Of(turn.Activity, userText), cancellationToken).ConfigureAwait(false);
    }

    private async Task ReplyToTypedAnswerAsync(ITurnContext turn, Outcome outcome, Language language, CancellationToken cancellationToken)
    {
        if (outcome is AnswerInvalid invalid && await prompts.AskScoreAsync(turn, invalid, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var personal = turn.Activity.Conversation?.ConversationType == ConversationTypes.Personal;
        var reply = outcome switch
        {
            AnswerRecorded recorded => ContributionReplies.Typed(recorded, personal),
            _ => ContributionReplies.Problem(outcome) ?? Replies.Common(turn, outcome, language) ?? "",
        };
        if (reply.Length > 0)
        {
            await turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        }

        await (outcome is AnswerRecorded lone ? prompts.AdvanceAloneAsync(turn, lone, cancellationToken) : Task.CompletedTask).ConfigureAwait(false);
    }

    private async Task<CardActionResult> CardContributionAsync(ITurnContext turn, CardAction action, bool asInsight, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        if (AnswerSubmit.Read(action.Data, asInsight) is not { } submit)
        {
            return CardActionResult.ShowMessage(WorkshopText.For(language).StaleCard);
        }

        var origin = TurnOrigins.Of(turn);
        var target = new AnswerTarget(submit.SegmentId, submit.Stage, submit.Question);
        var typed = AnswerSubmit.ReadAnswer(action.Data);
        var outcome = asInsight
            ? await workshops.RunAsync(new NoteInsight(origin, typed) { WorkshopId = submit.WorkshopId, Target = target }, cancellationToken).ConfigureAwait(false)
            : await workshops.RunAsync(new RecordAnswer(origin, AnswerChannel.Card, typed)
            {
                WorkshopId = submit.WorkshopId,
                Target = target,
                ScoreInput = AnswerSubmit.ReadScore(action.Data),
                SourceInput = AnswerSubmit.ReadSource(action.Data),
            }, cancellationToken).ConfigureAwait(false);

        if (Replies.CommonCard(turn, action, outcome, language) is { } common)
        {
            return common;
        }

        var problem = ContributionReplies.Problem(outcome);
        var message = problem ?? (outcome is AnswerRecorded recorded ? ContributionReplies.Recorded(recorded) : WorkshopText.For(language).InsightNoted);
        if (!action.IsExecute || outcome is QuestionNotAsked)
        {
            // Action.Submit cannot answer with a card for one person only; a short reply does. A card for a question
            // nobody was asked is not one to show again.
            return CardActionResult.ShowMessage(message);
        }

        var workshop = await repository.LoadAsync(submit.WorkshopId, cancellationToken).ConfigureAwait(false);
        if (workshop is null || workshop.Progress.Status == WorkshopStatus.Finished)
        {
            return CardActionResult.ShowMessage(message);
        }

        var notice = problem ?? ContributionReplies.OnCard(outcome, message, typed, workshop.Frame.Language);
        var card = CardActionResult.ReplaceCard(QuestionCard.Create(new QuestionCardModel(workshop)
        {
            Notice = notice,
            NoticeIsProblem = problem is not null,
            Draft = problem is not null ? typed : null,
            Shown = QuestionCardModel.PositionOf(workshop.Frame, submit.SegmentId, submit.Stage, submit.Question),
        }));
        return outcome is AnswerRecorded { AdvancesAlone: true } lone ? card.Then(ct => prompts.AdvanceAloneAsync(turn, lone, ct)) : card;
    }

    /// <summary>insight, edit, undo: the outcome said to the person (refusals included).</summary>
    private async Task ReplyAsync<TRequest>(ITurnContext turn, TRequest request, Language language, CancellationToken cancellationToken)
        where TRequest : IRequest
    {
        var outcome = await workshops.RunAsync(request, cancellationToken).ConfigureAwait(false);
        var edit = request is ChangeLastAnswer;
        var reply = outcome switch
        {
            InsightNoted noted => WorkshopText.For(noted.Workshop.Frame.Language).InsightNoted,
            AnswerChanged changed => ChangedText(changed),
            NothingToChange nothing => WorkshopText.For(nothing.Workshop.Frame.Language).NothingToChange,
            InsightInvalid { Problem: Workshops.Contributions.AnswerProblem.Empty } empty => WorkshopText.For(empty.Workshop.Frame.Language).InsightEmpty,
            AnswerInvalid { Reading.Problem: Workshops.Contributions.AnswerProblem.Empty } invalid when edit => WorkshopText.For(invalid.Workshop.Frame.Language).EditEmpty,
            _ => ContributionReplies.Problem(outcome) ?? Replies.Common(turn, outcome, language) ?? "",
        };
        if (reply.Length > 0)
        {
            await turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string ChangedText(AnswerChanged changed)
    {
        var text = WorkshopText.For(changed.Workshop.Frame.Language);
        var quoted = ParticipantText.EscapeMarkdown(ParticipantText.Truncate(changed.Text, 200));
        return changed.Withdrawn ? text.Undone(quoted) : text.Edited(quoted);
    }
}
