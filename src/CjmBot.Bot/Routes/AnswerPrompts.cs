using CjmBot.Application;
using CjmBot.Application.Requests;
using CjmBot.Application.UseCases.Contributions;
using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Rendering;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Progress;

namespace CjmBot.Bot.Routes;

/// <summary>
/// What follows a typed answer besides its confirmation: "did you mean" for a one-word message that looks like a
/// mistyped command, the score card for an emotions answer without a valid score (both recorded only once completed on
/// the card), and the next question after a lone person's answer in a personal chat.
/// </summary>
public sealed class AnswerPrompts(UseCaseRunner workshops, IWorkshopRepository repository, PostedCards cards, SessionPresenter presenter)
{
    private static readonly CommandParser Commands = new(BotCommands.All);

    /// <summary>Posts "did you mean" when <paramref name="text"/> is a likely slip for a command; true when it did.</summary>
    public async Task<bool> SuggestCommandAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (Commands.Suggest(text) is not { } suggestion)
        {
            return false;
        }

        var origin = TurnOrigins.Of(turn);
        var active = (await origin.Views.ReadAsync(repository, origin.ConversationId, cancellationToken).ConfigureAwait(false)).ActiveHead;
        // One word, so no score or #source to read out of it: the words are the answer as typed.
        var asAnswer = active is null ? null : Completion(active.Frame.Id, AnswerTarget.Current(active), text.Trim(), source: null);
        var language = active is not null && !TurnLanguage.HasCyrillic(text) && suggestion.Language == Language.En ? active.Frame.Language : suggestion.Language;
        var card = CommandSuggestionCard.Create(GuidanceText.For(language), suggestion.Word, text, asAnswer);
        await cards.PostAsync(turn, card, CardKinds.AnswerPrompt, active?.Frame.Id, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The card that asks an emotions answer's score, when that is all it lacks; true when it was posted.</summary>
    public async Task<bool> AskScoreAsync(ITurnContext turn, AnswerInvalid invalid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        if (ScoreCard(invalid) is not { } card)
        {
            return false;
        }

        await cards.PostAsync(turn, card, CardKinds.AnswerPrompt, invalid.Workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The score card for an answer that lacks only a valid score, or null.</summary>
    public static System.Text.Json.Nodes.JsonObject? ScoreCard(AnswerInvalid invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        if (invalid.Reading.Problem is not (AnswerProblem.ScoreMissing or AnswerProblem.ScoreOutOfRange) || invalid.Reading.Text.Length == 0)
        {
            return null;
        }

        var language = invalid.Workshop.Frame.Language;
        return ScoreRequestCard.Create(
            language,
            Replies.Problem(WorkshopText.For(language), invalid.Reading.Problem, invalid.Reading.Text.Length),
            Completion(invalid.Workshop.Frame.Id, invalid.Target, invalid.Reading.Text, invalid.Reading.Source));
    }

    /// <summary>After a lone person's answer to the current question, the session moves on and shows the next question.</summary>
    public async Task AdvanceAloneAsync(ITurnContext turn, AnswerRecorded recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (!recorded.AdvancesAlone)
        {
            return;
        }

        var outcome = await workshops.RunAsync(MoveSession.AfterLoneAnswer(TurnOrigins.Of(turn), recorded), cancellationToken).ConfigureAwait(false);
        if (outcome is Moved moved)
        {
            await presenter.AnnounceAsync(turn, moved, cancellationToken).ConfigureAwait(false);
        }
    }

    private static CompleteAnswerSubmit Completion(string workshopId, AnswerTarget target, string text, EvidenceSource? source) =>
        new(new AnswerSubmit(workshopId, target.SegmentId, target.Stage, target.Question), text, source?.ToString(), null);
}
