using CjmBot.Application;
using CjmBot.Application.Outcomes;
using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.Commands;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;

namespace CjmBot.Bot.Routes;

/// <summary>
/// Blind rounds: <c>blind [stage]</c> (ru <c>вслепую [этап]</c>) runs the current question or stage blind, <c>reveal</c>
/// (ru <c>раскрыть</c>) or the Reveal button shows every hidden answer at once. Facilitators only (the gate decides).
/// </summary>
public sealed class BlindRoutes(UseCaseRunner workshops) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
    [
        new(BotCommands.Blind, (turn, command, language, ct) =>
            ReplyAsync(turn, new SetBlind(TurnOrigins.Of(turn), command.Argument.Length > 0 ? BlindChange.Stage : BlindChange.Question), language, ct)),
        new(BotCommands.Reveal, (turn, _, language, ct) => ReplyAsync(turn, new SetBlind(TurnOrigins.Of(turn), BlindChange.Reveal), language, ct)),
    ];

    public void Register(ActivityRouter router) => router.OnCardAction(RevealSubmit.VerbName, OnRevealButtonAsync);

    private async Task ReplyAsync(ITurnContext turn, SetBlind request, Language language, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(request, cancellationToken).ConfigureAwait(false);
        if (outcome is BlindSet set)
        {
            await turn.SendActivityAsync(Replies.Card(BlindCard.Create(set.Frame.Id, Heading(set), set.Frame.Language)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var reply = Said(outcome) ?? Replies.Common(turn, outcome, language) ?? "";
        if (reply.Length > 0)
        {
            await turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<CardActionResult> OnRevealButtonAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        if (RevealSubmit.Read(action.Data) is not { } submit)
        {
            return CardActionResult.ShowMessage(WorkshopText.For(language).StaleCard);
        }

        var outcome = await workshops.RunAsync(new SetBlind(TurnOrigins.Of(turn), BlindChange.Reveal) { WorkshopId = submit.WorkshopId }, cancellationToken)
            .ConfigureAwait(false);

        // The clicker is answered at once; the group is told in the chat, and the map shows the answers in its next redraw.
        return outcome is BlindRevealed revealed
            ? CardActionResult.ShowMessage("✓").Then(ct => turn.ReplyAsync(Said(revealed)!, ct))
            : Said(outcome) is { } said ? CardActionResult.ShowMessage(said) : Replies.CommonCard(turn, action, outcome, language)!;
    }

    private static string Heading(BlindSet set)
    {
        var (frame, round) = (set.Frame, set.Round);
        var text = BlindText.For(frame.Language);
        var stage = ParticipantText.EscapeMarkdown(frame.Stages[round.Stage]);
        return round.Question is { } question
            ? text.QuestionBlind(QuestionCatalog.Text(question, frame.Language).Lane, stage)
            : text.StageBlind(stage, ParticipantText.EscapeMarkdown(frame.Segments[round.Segment].Name));
    }

    private static string? Said(Outcome outcome) => outcome switch
    {
        BlindRevealed revealed => BlindText.For(revealed.Frame.Language).Revealed(revealed.Answers),
        BlindRefused refused => refused.Error switch
        {
            ProgressError.AlreadyBlind => BlindText.For(refused.Frame.Language).AlreadyBlind,
            ProgressError.NothingBlind => BlindText.For(refused.Frame.Language).NothingBlind,
            ProgressError.Closed => WorkshopText.For(refused.Frame.Language).AlreadyClosed,
            _ => BlindText.For(refused.Frame.Language).AtEnd,
        },
        _ => null,
    };
}
