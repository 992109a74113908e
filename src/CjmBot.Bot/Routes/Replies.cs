using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;

namespace CjmBot.Bot.Routes;

/// <summary>How the outcomes every route can get are said: refusals, a redelivery, a workshop gone meanwhile.</summary>
public static class Replies
{
    /// <summary>The language to speak about <paramref name="workshop"/> (its own), or the turn's when there is none.</summary>
    public static Language LanguageOf(ITurnContext turn, WorkshopHead? workshop) => workshop?.Frame.Language ?? TurnLanguage.Of(turn.Activity, TurnText.Get(turn));

    public static string RefusalText(Refused refused, Language language)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var text = WorkshopText.For(refused.Workshop?.Frame.Language ?? language);
        return refused.Reason switch
        {
            Refusal.NoWorkshop => text.NoWorkshop,
            Refusal.NotFacilitator when refused.Workshop is { } head => FacilitatorsOnly(head),
            Refusal.NotYourCard => text.NotYourCard,
            Refusal.NotInvited => AsyncText.For(language).NotInvited,
            Refusal.PersonalChatOnly => PeopleText.For(language).PersonalChatOnly,
            _ => text.StaleCard,
        };
    }

    public static string FacilitatorsOnly(WorkshopHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return WorkshopText.For(head.Frame.Language).FacilitatorsOnly(ParticipantText.EscapeMarkdown(head.Frame.CreatedBy.Name)
            + (head.Frame.Facilitators.Count > 1 ? " +" + (head.Frame.Facilitators.Count - 1) : ""));
    }

    /// <summary>
    /// What a text command answers when its use case did not get to do its work: the refusal, nothing for a redelivery,
    /// "no workshop" when it went away meanwhile. Null when the outcome is the use case's own (the route renders it).
    /// </summary>
    public static string? Common(ITurnContext turn, Outcome outcome, Language language) => outcome switch
    {
        Refused refused => RefusalText(refused, language),
        AlreadyDone => "",
        WorkshopGone => WorkshopText.For(language).NoWorkshop,
        _ => null,
    };

    /// <summary>Sends <see cref="Common"/>'s answer; true when it was one (the route has nothing more to do).</summary>
    public static async Task<bool> SentCommonAsync(ITurnContext turn, Outcome outcome, Language language, CancellationToken cancellationToken)
    {
        if (Common(turn, outcome, language) is not { } reply)
        {
            return false;
        }

        if (reply.Length > 0)
        {
            await turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>The same for a card click: a short message (nothing to post for a redelivered Submit).</summary>
    public static CardActionResult? CommonCard(ITurnContext turn, CardAction action, Outcome outcome, Language language) => outcome switch
    {
        AlreadyDone => CardActionResult.ShowMessage(action.IsExecute ? WorkshopText.For(language).AlreadyRecorded : ""),
        _ when Common(turn, outcome, language) is { } reply => CardActionResult.ShowMessage(reply),
        _ => null,
    };

    /// <summary>Why an answer (or an edit, or an insight) was not taken.</summary>
    public static string Problem(WorkshopText text, AnswerProblem problem, int length) => problem switch
    {
        AnswerProblem.Empty => text.EmptyAnswer,
        AnswerProblem.TooLong => text.AnswerTooLong(length, AnswerRules.MaxLength),
        AnswerProblem.ScoreMissing => GuidanceText.For(text.Language).ScoreMissing(AnswerRules.MinScore, AnswerRules.MaxScore),
        _ => text.ScoreOutOfRange(AnswerRules.MinScore, AnswerRules.MaxScore),
    };

    public static Activity Card(System.Text.Json.Nodes.JsonObject card) => new() { Attachments = [Attachment.AdaptiveCard(card)] };
}
