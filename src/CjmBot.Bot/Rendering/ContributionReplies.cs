using CjmBot.Application.Outcomes;
using CjmBot.Application.UseCases.Contributions;
using CjmBot.Bot.Routes;
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
