using CjmBot.Application;
using CjmBot.Application.Requests;
using CjmBot.Application.UseCases.Decisions;
using CjmBot.Application.UseCases.Reading;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Commands;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Questions;

namespace CjmBot.Bot.Routes;

/// <summary>
/// <c>themes [lane]</c> (ru <c>темы</c>): the facilitator's themes card for one lane's answers, per segment, and its buttons
/// (accept, rename, merge, move, split off, back to the proposal), each a <see cref="ChangeThemes"/> that updates the card
/// in place. The card is recorded as <see cref="CardKinds.Themes"/>, so only its own buttons change it.
/// </summary>
public sealed class ThemeRoutes(UseCaseRunner workshops, PostedCards cards) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers => [new(BotCommands.Themes, ProposeAsync)];

    public void Register(ActivityRouter router)
    {
        foreach (var verb in ThemeSubmit.Verbs)
        {
            router.OnCardAction(verb, OnActionAsync);
        }
    }

    private async Task ProposeAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        // The parser lets only lane words through; the fallback keeps a stray argument from meaning "barriers" silently.
        if (ThemeLanes.Parse(command.Argument) is not { } lane)
        {
            await turn.ReplyAsync(ThemeText.For(language).Usage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await workshops.RunAsync(new ProposeThemes(TurnOrigins.Of(turn), lane), cancellationToken).ConfigureAwait(false);
        if (outcome is not ThemesProposed proposed)
        {
            await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
            return;
        }

        var frame = proposed.Frame;
        if (!proposed.HasAnswers)
        {
            var text = ThemeText.For(frame.Language);
            await turn.ReplyAsync(text.NoAnswers(QuestionCatalog.Text(lane, frame.Language).Lane), cancellationToken).ConfigureAwait(false);
            return;
        }

        await cards.PostAsync(turn, ThemesCard.Create(frame, lane, proposed.Segments), CardKinds.Themes, frame.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> OnActionAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        if (ThemeSubmit.Read(action.Verb, action.Data) is not { } submit)
        {
            return CardActionResult.ShowMessage(ThemeText.For(language).OutOfDate);
        }

        var request = new ChangeThemes(TurnOrigins.Of(turn), submit.WorkshopId, submit.SegmentId, submit.Lane, submit.Version, ChangeOf(submit, action));
        var outcome = await workshops.RunAsync(request, cancellationToken).ConfigureAwait(false);
        if (outcome is not ThemesBoard board)
        {
            return Replies.CommonCard(turn, action, outcome, language) ?? CardActionResult.ShowMessage(ThemeText.For(language).OutOfDate);
        }

        var text = ThemeText.For(board.Frame.Language);
        var (notice, problem) = board switch
        {
            ThemesChanged => (text.Done(submit.Action), false),
            ThemesUnchanged unchanged => (ProblemText(text, unchanged.Problem), true),
            _ => (null, false),
        };

        // The card itself changes, for everyone: the gate checked it is a themes card of this workshop.
        return CardActionResult.ReplaceCheckedCard(ThemesCard.Create(board.Frame, board.Lane, board.Segments, notice, problem));
    }

    private static ThemeChange ChangeOf(ThemeSubmit submit, CardAction action) => submit.Action switch
    {
        ThemeAction.AcceptAll => new ThemeChange.AcceptAll(),
        ThemeAction.AcceptOne => new ThemeChange.AcceptOne(submit.AnswerId ?? ""),
        ThemeAction.AcceptSuggested => new ThemeChange.AcceptSuggested(),
        ThemeAction.Rename => new ThemeChange.Rename(submit.Input(action.Data, ThemeInput.Theme) ?? "", submit.Input(action.Data, ThemeInput.Label)),
        ThemeAction.Merge => new ThemeChange.Merge(submit.Input(action.Data, ThemeInput.Theme) ?? "", submit.Input(action.Data, ThemeInput.Into)),
        ThemeAction.Move => new ThemeChange.Move(submit.Input(action.Data, ThemeInput.Answer), submit.Input(action.Data, ThemeInput.Target)),
        ThemeAction.Split => new ThemeChange.Split(submit.Input(action.Data, ThemeInput.Answer)),
        _ => new ThemeChange.Reset(),
    };

    private static string ProblemText(ThemeText text, ThemeProblem problem) => problem switch
    {
        ThemeProblem.OutOfDate => text.OutOfDate,
        ThemeProblem.LabelEmpty => text.LabelEmpty,
        ThemeProblem.LabelTooLong => text.LabelTooLong(ChangeThemesHandler.MaxLabelLength),
        ThemeProblem.SameTheme => text.SameTheme,
        ThemeProblem.NothingToAccept => text.NothingToAccept,
        ThemeProblem.NothingToReset => text.NothingToReset,
        _ => text.NotFound,
    };
}
