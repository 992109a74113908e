using CjmBot.Application;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Application.UseCases.People;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Exports;
using CjmBot.Bot.Rendering;
using CjmBot.Bot.Voting;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;

namespace CjmBot.Bot.Routes;

/// <summary>
/// A person's own records: <c>forget me</c> asks them to confirm (in their personal chat only), then erases them from every
/// workshop the person index names and answers with a receipt on the card itself, so it cannot be clicked again.
/// <c>forget @name</c> in a workshop's chat: a facilitator removes one participant from this workshop the same way, and the
/// participant is told in their personal chat where Teams lets the bot open it.
/// </summary>
public sealed class PeopleRoutes(UseCaseRunner workshops, PostedCards cards, OwnerNotifier notifier, ExportLinks links) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers => [new(BotCommands.Forget, ForgetAsync), new(BotCommands.MyData, MyDataAsync)];

    public void Register(ActivityRouter router)
    {
        foreach (var verb in ForgetMeSubmit.Verbs)
        {
            router.OnCardAction(verb, OnForgetAnswerAsync);
        }

        foreach (var verb in ForgetParticipantSubmit.Verbs)
        {
            router.OnCardAction(verb, OnForgetParticipantAnswerAsync);
        }
    }

    private async Task ForgetAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        if (command.Argument.Length == 0)
        {
            await turn.ReplyAsync(PeopleText.For(language).ForgetUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!ForgetArguments.IsMe(command.Argument))
        {
            await AskToForgetParticipantAsync(turn, language, cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await workshops.RunAsync(new AskToForgetMe(TurnOrigins.Of(turn)), cancellationToken).ConfigureAwait(false);
        if (outcome is ForgetAsked asked)
        {
            await cards.PostAsync(turn, ForgetConfirmationCard.Create(asked.Workshops, language), CardKinds.ForgetConfirmation, workshopId: null, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> OnForgetAnswerAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (ForgetMeSubmit.Read(action.Verb, action.Data) is not { } submit)
        {
            return CardActionResult.ShowMessage(PeopleText.For(TurnLanguage.Of(turn.Activity)).ForgetStale);
        }

        var language = submit.Language;
        var text = PeopleText.For(language);

        var outcome = await workshops.RunAsync(new ForgetMe(TurnOrigins.Of(turn), submit.Confirm), cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            ForgetCancelled => CardActionResult.ReplaceCheckedCard(MessageCard.Create(text.ForgetCancelled, language)),
            PersonForgotten forgotten => CardActionResult.ReplaceCheckedCard(MessageCard.Create(ErasureReceipt.Describe(forgotten, language), language)),
            Refused { Reason: Application.Gate.Refusal.StaleCard } => CardActionResult.ShowMessage(text.ForgetStale),
            _ => Replies.CommonCard(turn, action, outcome, language)!,
        };
    }

    /// <summary><c>my data</c>: signed links to the person's own data, made when they are opened.</summary>
    private async Task MyDataAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var text = PeopleText.For(language);
        if (command.Argument.Length == 0)
        {
            await turn.ReplyAsync(text.MyDataUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var origin = TurnOrigins.Of(turn);
        var outcome = await workshops.RunAsync(new ReadMyData(origin), cancellationToken).ConfigureAwait(false);
        if (outcome is not MyDataFound found)
        {
            await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (found.Workshops == 0)
        {
            await turn.ReplyAsync(text.MyDataNothing, cancellationToken).ConfigureAwait(false);
            return;
        }

        var set = links.CreatePersonalData(origin.Actor.Id, language);
        var url = set.Links.ToDictionary(link => link.Format, link => link.Url.ToString(), StringComparer.Ordinal);
        await turn.ReplyAsync(
            text.MyDataLinks(found.Workshops, url["json"], url["markdown"], AsyncTexts.DateTime(set.ExpiresAt, TurnTimeZone.Of(turn.Activity))), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task AskToForgetParticipantAsync(ITurnContext turn, Language language, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(new AskToForgetParticipant(TurnOrigins.Of(turn), TurnText.MentionedPeople(turn)), cancellationToken)
            .ConfigureAwait(false);
        switch (outcome)
        {
            case ForgetParticipantAsked asked:
                await cards.PostAsync(
                    turn, ForgetParticipantCard.Create(asked.Workshop.Frame, asked.Person), CardKinds.ForgetParticipantConfirmation, asked.Workshop.Frame.Id,
                    cancellationToken).ConfigureAwait(false);
                break;
            case ForgetParticipantUsage usage:
                await turn.ReplyAsync(PeopleText.For(usage.Workshop.Frame.Language).ForgetParticipantUsage, cancellationToken).ConfigureAwait(false);
                break;
            case FacilitatorNotForgotten facilitator:
                await turn.ReplyAsync(
                    PeopleText.For(facilitator.Workshop.Frame.Language).FacilitatorNotForgotten(Cards.Elements.ParticipantText.EscapeMarkdown(facilitator.Person.Name)),
                    cancellationToken).ConfigureAwait(false);
                break;
            default:
                await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task<CardActionResult> OnForgetParticipantAnswerAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        if (ForgetParticipantSubmit.Read(action.Verb, action.Data) is not { } submit)
        {
            return CardActionResult.ShowMessage(PeopleText.For(language).ForgetStale);
        }

        var outcome = await workshops.RunAsync(new ForgetParticipant(TurnOrigins.Of(turn), submit.WorkshopId, submit.Person, submit.Confirm), cancellationToken)
            .ConfigureAwait(false);
        switch (outcome)
        {
            case ForgetParticipantCancelled cancelled:
                var keptIn = cancelled.Workshop.Frame.Language;
                return CardActionResult.ReplaceCheckedCard(MessageCard.Create(
                    PeopleText.For(keptIn).ParticipantKept(Cards.Elements.ParticipantText.EscapeMarkdown(submit.Person.Name)), keptIn));
            case ParticipantForgotten forgotten:
                var frame = forgotten.Workshop.Frame;
                var text = PeopleText.For(frame.Language);
                var name = Cards.Elements.ParticipantText.EscapeMarkdown(forgotten.Person.Name);
                var receipt = ErasureReceipt.Describe(forgotten);
                if (forgotten.Erasure.Total > 0)
                {
                    var told = await notifier.TryNotifyAsync(turn, frame.Id, forgotten.Person, text.ForgottenByFacilitator(frame.Title), cancellationToken).ConfigureAwait(false);
                    receipt += "\n\n" + (told ? text.ParticipantTold(name) : text.ParticipantNotTold(name));
                }

                return CardActionResult.ReplaceCheckedCard(MessageCard.Create(receipt, frame.Language));
            case FacilitatorNotForgotten facilitator:
                return CardActionResult.ShowMessage(PeopleText.For(facilitator.Workshop.Frame.Language)
                    .FacilitatorNotForgotten(Cards.Elements.ParticipantText.EscapeMarkdown(facilitator.Person.Name)));
            case Refused { Reason: Application.Gate.Refusal.StaleCard } stale:
                return CardActionResult.ShowMessage(PeopleText.For(stale.Workshop?.Frame.Language ?? language).ForgetStale);
            default:
                return Replies.CommonCard(turn, action, outcome, language)!;
        }
    }
}
