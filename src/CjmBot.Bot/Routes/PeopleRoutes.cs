using CjmBot.Application;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Application.UseCases.People;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Rendering;
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
/// </summary>
public sealed class PeopleRoutes(UseCaseRunner workshops, PostedCards cards) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers => [new(BotCommands.Forget, ForgetAsync)];

    public void Register(ActivityRouter router)
    {
        foreach (var verb in ForgetMeSubmit.Verbs)
        {
            router.OnCardAction(verb, OnForgetAnswerAsync);
        }
    }

    private async Task ForgetAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        if (command.Argument.Length == 0)
        {
            await turn.ReplyAsync(PeopleText.For(language).ForgetUsage, cancellationToken).ConfigureAwait(false);
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
}
