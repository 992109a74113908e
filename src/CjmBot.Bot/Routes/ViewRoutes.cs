using CjmBot.Application;
using CjmBot.Application.UseCases.Reading;
using CjmBot.Bot.Commands;
using CjmBot.Bot.LiveMap;
using CjmBot.Bot.Rendering;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;

namespace CjmBot.Bot.Routes;

/// <summary>
/// What anyone may ask to see: <c>status</c>, <c>map</c> (a fresh map at the bottom of the chat, which becomes the live
/// one), and the map's "All answers of this stage" button (and the "Next page" of what it posts): every answer of a
/// stage, in full, as a card of its own; the map itself stays as it is.
/// </summary>
public sealed class ViewRoutes(UseCaseRunner workshops, LiveMaps maps) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
    [
        new(BotCommands.Status, (turn, _, language, ct) => ShowAsync(turn, WorkshopView.Status, language, ct)),
        new(BotCommands.Map, (turn, _, language, ct) => ShowAsync(turn, WorkshopView.Map, language, ct)),
    ];

    public void Register(ActivityRouter router)
    {
        router.OnCardAction(MapLaneSubmit.VerbName, ShowStageAsync);
        router.OnCardAction(QuestionRefreshSubmit.VerbName, RefreshQuestionAsync);
    }

    /// <summary>
    /// Teams refreshes the question card for a facilitator listed in its <c>userIds</c>: the gate says whether the reader is one
    /// (then the card comes with the controls); a card of an earlier question stays as it is.
    /// </summary>
    private async Task<CardActionResult> RefreshQuestionAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var refresh = QuestionRefreshSubmit.Read(action.Data);
        var outcome = refresh is null
            ? null
            : await workshops.RunAsync(new ReadWorkshop(TurnOrigins.Of(turn), WorkshopView.QuestionCard) { WorkshopId = refresh.WorkshopId }, cancellationToken)
                .ConfigureAwait(false);
        if (outcome is not WorkshopRead read || read.Workshop.Progress.Revision != refresh!.Revision || read.Workshop.Progress.Status == WorkshopStatus.Finished)
        {
            return CardActionResult.ShowMessage(WorkshopText.For(outcome is WorkshopRead known ? known.Workshop.Frame.Language : TurnLanguage.Of(turn.Activity)).StaleCard);
        }

        return CardActionResult.ReplaceCard(QuestionCard.Create(new QuestionCardModel(read.Workshop) { ShowControls = read.ForFacilitator }));
    }

    private async Task ShowAsync(ITurnContext turn, WorkshopView view, Language language, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(new ReadWorkshop(TurnOrigins.Of(turn), view), cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case WorkshopRead { View: WorkshopView.Status } read:
                // The status text, with a button that shows the current question's card again at the bottom of the chat.
                var questionWord = read.Workshop.Frame.Language == Language.Ru ? BotCommands.Question.RussianName : BotCommands.Question.Name;
                var status = Replies.Card(ShowQuestionCard.Create(read.Workshop.Frame.Language, questionWord));
                (status.Text, status.TextFormat) = (StatusReport.Describe(read, TurnTimeZone.Of(turn.Activity)), "markdown");
                await turn.SendActivityAsync(status, cancellationToken).ConfigureAwait(false);
                break;
            case WorkshopRead read:
                await maps.PostAsync(turn, read.Workshop, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task<CardActionResult> ShowStageAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        var view = MapLaneSubmit.Read(action.Data);
        var outcome = view is null
            ? null
            : await workshops.RunAsync(new ReadWorkshop(TurnOrigins.Of(turn), WorkshopView.StageAnswers) { WorkshopId = view.WorkshopId }, cancellationToken)
                .ConfigureAwait(false);
        if (outcome is not WorkshopRead { Workshop: var workshop } || view is null
            || workshop.Frame.FindSegment(view.SegmentId) is null || view.Stage >= workshop.Frame.Stages.Count
            || (view.Question is { } question && !workshop.Frame.Questions.Contains(question)))
        {
            // A forged card, or one of a workshop that is gone: show nothing of a workshop the card does not belong to.
            return CardActionResult.ShowMessage(WorkshopText.For(outcome is WorkshopRead known ? known.Workshop.Frame.Language : language).StaleCard);
        }

        // Execute tells the clicker where it went; Submit needs no second message after the card.
        return CardActionResult.ShowMessage(action.IsExecute ? MapViewText.For(workshop.Frame.Language).Posted : "")
            .Then(ct => turn.SendActivityAsync(Replies.Card(MapStageCard.Create(workshop, view)), ct));
    }
}
