using CjmBot.Application.Outcomes;
using CjmBot.Application.UseCases.Contributions;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Workshops.Questions;

namespace CjmBot.Bot.Rendering;

/// <summary>How the outcome of a contribution is said to the person who gave it.</summary>
public static class ContributionReplies
{
    public static string Recorded(AnswerRecorded recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var frame = recorded.Workshop.Frame;
        return WorkshopText.For(frame.Language).Recorded(QuestionCatalog.Text(recorded.Target.Question, frame.Language).Lane, frame.Stages[recorded.Target.Stage]);
    }

    /// <summary>
    /// The reply to a typed answer: in a personal chat its confirmation; in a shared chat none (the map shows it), except
    /// in a blind round, where it is recorded but everyone has read it already, which the person is told.
    /// </summary>
    public static string Typed(AnswerRecorded recorded, bool personal)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return personal ? Recorded(recorded) : recorded.Blind ? BlindText.For(recorded.Workshop.Frame.Language).TypedAnswerVisible : "";
    }

    /// <summary>
    /// The confirmation on the card the person answered on: the words quoted back, except in a blind round, where the card
    /// stays free of any blind answer's words, whoever ends up seeing it.
    /// </summary>
    public static string OnCard(Outcome outcome, string message, string? typed, Workshops.Language language) =>
        outcome is AnswerRecorded { Blind: true }
            ? BlindText.For(language).RecordedHidden
            : message + " " + WorkshopText.For(language).RecordedQuote(ParticipantText.Truncate(typed?.Trim() ?? "", 120));

    /// <summary>Why a contribution was not taken, or null when the outcome is not such a refusal.</summary>
    public static string? Problem(Outcome outcome) => outcome switch
    {
        ContributionsClosed closed => closed.Reason == NotAccepting.Closed
            ? WorkshopText.For(closed.Workshop.Frame.Language).NotAcceptingClosed
            : WorkshopText.For(closed.Workshop.Frame.Language).NotAcceptingPaused,
        QuestionNotAsked notAsked => WorkshopText.For(notAsked.Workshop.Frame.Language).NotAskedYet,
        AnswerInvalid invalid => Replies.Problem(WorkshopText.For(invalid.Workshop.Frame.Language), invalid.Reading.Problem, invalid.Reading.Text.Length),
        InsightInvalid invalid => Replies.Problem(WorkshopText.For(invalid.Workshop.Frame.Language), invalid.Problem, invalid.Length),
        _ => null,
    };
}
