using CjmBot.Application;
using CjmBot.Application.UseCases.Decisions;
using CjmBot.Bot.Commands;
using CjmBot.Bot.LiveMap;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Voting;

namespace CjmBot.Bot.Routes;

/// <summary>
/// Dot-voting on barriers and solutions: <c>vote [budget | close]</c> is the facilitators'; voting is everyone's, from the
/// cards. A voter's card answers only them (Execute), with their own votes and what is left of their budget.
/// </summary>
public sealed class VotingRoutes(UseCaseRunner workshops, LiveMaps maps) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers => [new(BotCommands.Vote, VoteAsync)];

    public void Register(ActivityRouter router) => router.OnCardAction(BallotSubmit.VerbName, CastBallotAsync);

    private async Task VoteAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(new SetVoting(TurnOrigins.Of(turn), command.Argument), cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case VotingClosed closed:
                await turn.SendActivityAsync(Replies.Card(VotingResultsCard.Create(closed.Workshop)), cancellationToken).ConfigureAwait(false);

                // The ranking belongs on the map: a fresh map at the bottom of the chat, which becomes the live one.
                await maps.PostAsync(turn, closed.Workshop, cancellationToken).ConfigureAwait(false);
                break;
            case VotingOpened opened:
                var text = VotingText.For(opened.Workshop.Frame.Language);
                var openedText = opened.BudgetChanged ? text.BudgetChanged(opened.Budget)
                    : opened.OnThemes ? ThemeText.For(opened.Workshop.Frame.Language).VotingOpened(opened.Budget)
                    : text.VotingOpened(opened.Budget);
                await turn.ReplyAsync(openedText, cancellationToken).ConfigureAwait(false);
                foreach (var segment in opened.Segments)
                {
                    var card = VotingCard.Create(new VotingCardModel(opened.Workshop, opened.Workshop.Frame.FindSegment(segment)!));
                    await turn.SendActivityAsync(Replies.Card(card), cancellationToken).ConfigureAwait(false);
                }

                break;
            case VotingAlreadyClosed already:
                await turn.ReplyAsync(VotingText.For(already.Workshop.Frame.Language).VotingAlreadyClosed, cancellationToken).ConfigureAwait(false);
                break;
            case BudgetInvalid invalid:
                await turn.ReplyAsync(VotingText.For(invalid.Workshop.Frame.Language).BudgetInvalid(VotingState.MinBudget, VotingState.MaxBudget), cancellationToken)
                    .ConfigureAwait(false);
                break;
            case NoThemesToVoteOn noThemes:
                await turn.ReplyAsync(ThemeText.For(noThemes.Workshop.Frame.Language).NothingToVoteOn, cancellationToken).ConfigureAwait(false);
                break;
            case NothingToVoteOn nothing:
                await turn.ReplyAsync(VotingText.For(nothing.Workshop.Frame.Language).NothingToVoteOn, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task<CardActionResult> CastBallotAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        if (BallotSubmit.Read(action.Data) is not { } submit)
        {
            return CardActionResult.ShowMessage(WorkshopText.For(language).StaleCard);
        }

        var outcome = await workshops.RunAsync(
            new CastBallot(TurnOrigins.Of(turn), submit.WorkshopId, submit.SegmentId, submit.ReadVotes(action.Data)), cancellationToken).ConfigureAwait(false);
        if (outcome is not BallotResult result)
        {
            return Replies.CommonCard(turn, action, outcome, language)!;
        }

        var text = VotingText.For(result.Workshop.Frame.Language);
        var budget = result.Workshop.Voting.Budget;
        var notice = result.Refusal switch
        {
            null => text.BallotSaved(result.Spent, budget),
            BallotRefusal.NotANumber => text.NotANumber,
            BallotRefusal.UnknownItem => text.UnknownItem,
            BallotRefusal.OverBudget => text.OverBudget(result.Spent, budget),
            BallotRefusal.VotingClosed => text.VotingClosed,
            _ => text.VotingNotOpen,
        };
        if (!action.IsExecute)
        {
            // Action.Submit cannot answer with a card for one person only; a short reply does.
            return CardActionResult.ShowMessage(notice);
        }

        var typed = submit.ReadVotes(action.Data);
        return CardActionResult.ReplaceCard(VotingCard.Create(new VotingCardModel(result.Workshop, result.Segment)
        {
            Votes = result.Refusal is null || typed is null ? result.Own?.Votes : typed,
            Notice = notice,
            NoticeIsProblem = result.Refusal is not null,
        }));
    }
}
