using CjmBot.Application;
using CjmBot.Application.Outcomes;
using CjmBot.Application.UseCases.Contributions;
using CjmBot.Application.UseCases.Reading;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Rendering;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops.Contributions;

namespace CjmBot.Bot.Routes;

/// <summary>
/// Leading people on: <c>question</c> shows the current question's card again (or the next steps at the end), and the
/// cards that ask about a typed answer ("did you mean", "which score") record it once it is completed there.
/// </summary>
public sealed class GuidanceRoutes(UseCaseRunner workshops, AnswerPrompts prompts, SessionPresenter session) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
        [new(BotCommands.Question, ShowQuestionAsync)];

    public void Register(ActivityRouter router) => router.OnCardAction(CompleteAnswerSubmit.VerbName, CompleteAsync);

    private async Task ShowQuestionAsync(ITurnContext turn, ParsedCommand command, Workshops.Language language, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(new ReadWorkshop(TurnOrigins.Of(turn), WorkshopView.CurrentQuestion), cancellationToken).ConfigureAwait(false);
        if (outcome is WorkshopRead read)
        {
            await session.PostCurrentAsync(turn, read.Workshop, cancellationToken).ConfigureAwait(false);
            return;
        }

        await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> CompleteAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        if (CompleteAnswerSubmit.Read(action.Data) is not { } submit)
        {
            return CardActionResult.ShowMessage(WorkshopText.For(language).StaleCard);
        }

        var question = submit.Question;
        var outcome = await workshops.RunAsync(
            RecordAnswer.Prompted(
                TurnOrigins.Of(turn), question.WorkshopId, new AnswerTarget(question.SegmentId, question.Stage, question.Question), submit.Text,
                submit.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture), submit.Source),
            cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case AnswerRecorded recorded:
                var frame = recorded.Workshop.Frame;
                var confirmation = ContributionReplies.Recorded(recorded)
                    + (recorded.Reading.Score is { } score ? " (" + WorkshopTexts.Score(score) + ")" : "") + " "
                    + WorkshopText.For(frame.Language).RecordedQuote(Cards.Elements.ParticipantText.Truncate(recorded.Reading.Text, 120));
                return CardActionResult.ReplaceCheckedCard(PromptAnsweredCard.Create(frame.Language, confirmation))
                    .Then(ct => prompts.AdvanceAloneAsync(turn, recorded, ct));
            case AnswerInvalid invalid when AnswerPrompts.ScoreCard(invalid) is { } scoreCard:
                // "Record it as my answer" on the emotions question: the score is still missing, asked on the same card.
                return CardActionResult.ReplaceCheckedCard(scoreCard);
            default:
                return ContributionReplies.Problem(outcome) is { } problem
                    ? CardActionResult.ShowMessage(problem)
                    : Replies.CommonCard(turn, action, outcome, language) ?? CardActionResult.ShowMessage(WorkshopText.For(language).StaleCard);
        }
    }
}
