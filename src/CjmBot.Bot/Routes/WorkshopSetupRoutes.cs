using CjmBot.Application;
using CjmBot.Application.Requests;
using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Rendering;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;

namespace CjmBot.Bot.Routes;

/// <summary>
/// Starting workshops: <c>new</c> posts the setup form, its button creates the workshop and posts the first
/// question; <c>copy</c> starts the next version of the map; <c>cofacilitator</c> shares the controls.
/// Every start posts the workshop's live map before the first question.
/// </summary>
public sealed class WorkshopSetupRoutes(UseCaseRunner workshops, PostedCards cards, SessionPresenter presenter) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
    [
        new(BotCommands.New, NewAsync),
        new(BotCommands.Copy, CopyAsync),
        new(BotCommands.CoFacilitator, AddCoFacilitatorsAsync),
    ];

    public void Register(ActivityRouter router)
    {
        router.OnCardAction(NewWorkshopSubmit.VerbName, OpenSetupFromButtonAsync);
        router.OnCardAction(CreateWorkshopSubmit.VerbName, CreateAsync);
        router.OnCardAction(CancelSetupSubmit.VerbName, CancelAsync);
    }

    private async Task NewAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(new OpenSetup(TurnOrigins.Of(turn)), cancellationToken).ConfigureAwait(false);
        if (outcome is AlreadyRunning running)
        {
            await turn.ReplyAsync(AlreadyRunningText(running, language), cancellationToken).ConfigureAwait(false);
            return;
        }

        await cards.PostAsync(turn, SetupCard.Create(WorkshopText.For(language)), CardKinds.Setup, workshopId: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The help card's button: the form is posted under it (it stays, for the others in the chat).</summary>
    private async Task<CardActionResult> OpenSetupFromButtonAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        var outcome = await workshops.RunAsync(new OpenSetup(TurnOrigins.Of(turn)), cancellationToken).ConfigureAwait(false);
        if (outcome is AlreadyRunning running)
        {
            return CardActionResult.ShowMessage(AlreadyRunningText(running, language));
        }

        return CardActionResult.ShowMessage(action.IsExecute ? "✓" : "")
            .Then(ct => cards.PostAsync(turn, SetupCard.Create(WorkshopText.For(language)), CardKinds.Setup, workshopId: null, ct));
    }

    private async Task<CardActionResult> CreateAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var turnLanguage = TurnLanguage.Of(turn.Activity);
        var outcome = await workshops.RunAsync(
            new StartWorkshop(TurnOrigins.Of(turn), CreateWorkshopSubmit.ReadForm(action.Data), turnLanguage), cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case SetupInvalid invalid:
                var text = WorkshopText.For(invalid.Language);
                var messages = invalid.Problems.Select(problem => SetupProblems.Describe(text, problem)).ToList();
                return action.IsExecute
                    ? CardActionResult.ReplaceCheckedCard(SetupCard.Create(text, invalid.Input, messages))
                    : CardActionResult.ShowMessage(text.SetupProblems(messages.Count) + "\n\n" + string.Join("\n\n", messages));
            case AlreadyRunning running:
                return CardActionResult.ShowMessage(AlreadyRunningText(running, turnLanguage));
            case WorkshopStarted started:
                return CardActionResult.ReplaceCheckedCard(WorkshopStartedCard.Create(started.Workshop.Frame))
                    .Then(ct => presenter.PostStartAsync(turn, started.Workshop, ct));
            default:
                return Replies.CommonCard(turn, action, outcome, turnLanguage)!;
        }
    }

    private async Task<CardActionResult> CancelAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        var outcome = await workshops.RunAsync(ReplaceOwnCard.CancelSetup(TurnOrigins.Of(turn)), cancellationToken).ConfigureAwait(false);
        return outcome is CardReplaceable
            ? CardActionResult.ReplaceCheckedCard(MessageCard.Create(WorkshopText.For(language).SetupCancelled, language))
            : Replies.CommonCard(turn, action, outcome, language)!;
    }

    private async Task CopyAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(new CopyWorkshop(TurnOrigins.Of(turn)), cancellationToken).ConfigureAwait(false);
        if (outcome is AlreadyRunning running)
        {
            await turn.ReplyAsync(AlreadyRunningText(running, language), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (outcome is not WorkshopCopied copied)
        {
            await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
            return;
        }

        var frame = copied.Workshop.Frame;
        await turn.ReplyAsync(WorkshopText.For(frame.Language).Copied(frame.Version), cancellationToken).ConfigureAwait(false);
        await turn.SendActivityAsync(Replies.Card(WorkshopStartedCard.Create(frame)), cancellationToken).ConfigureAwait(false);
        await presenter.PostStartAsync(turn, copied.Workshop, cancellationToken).ConfigureAwait(false);
    }

    private async Task AddCoFacilitatorsAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var people = TurnText.MentionedPeople(turn);
        var outcome = await workshops.RunAsync(new AddCoFacilitators(TurnOrigins.Of(turn), people), cancellationToken).ConfigureAwait(false);
        var reply = outcome switch
        {
            CoFacilitatorsMissing missing => WorkshopText.For(missing.Workshop.Frame.Language).CoFacilitatorUsage,
            CoFacilitatorsAdded added => WorkshopText.For(added.Workshop.Frame.Language)
                .CoFacilitatorsAdded(string.Join(", ", added.People.Select(person => ParticipantText.EscapeMarkdown(person.Name)))),
            _ => Replies.Common(turn, outcome, language)!,
        };
        if (reply.Length > 0)
        {
            await turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string AlreadyRunningText(AlreadyRunning running, Language language) =>
        WorkshopText.For(language).AlreadyRunning(ParticipantText.EscapeMarkdown(running.Running.Frame.Title));
}
