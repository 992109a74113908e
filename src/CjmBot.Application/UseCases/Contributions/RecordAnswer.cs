using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Contributions;

/// <summary>Where an answer was given, which decides the workshop it is for and the question it answers.</summary>
public enum AnswerChannel
{
    /// <summary>Typed in the workshop's chat: the current question of the active workshop.</summary>
    Typed,

    /// <summary>From a question card: the question the card showed, of the workshop it names (only a question already asked).</summary>
    Card,

    /// <summary>
    /// Typed in the chat, then completed on the card the bot asked with (the score it lacked, or "record it as my answer"
    /// after "did you mean"): the question that card names, only by the person it was posted for.
    /// </summary>
    Prompted,

    /// <summary>In a contributor's personal-chat sequence: a question planned for them, before or after the live session reached it.</summary>
    PersonalSequence,
}

/// <summary>An answer, as given: the words (with a leading score and a <c>#source</c>), or a card's score and source inputs.</summary>
public sealed record RecordAnswer(Origin Origin, AnswerChannel Channel, string? Text) : IRequest
{
    public AnswerTarget? Target { get; init; }

    public string? WorkshopId { get; init; }

    public string? ScoreInput { get; init; }

    public string? SourceInput { get; init; }

    /// <summary>
    /// A typed answer completed on the card the bot asked with (<see cref="AnswerChannel.Prompted"/>). Its operation is the
    /// card: whichever of its buttons is pressed, however often, the answer is recorded once.
    /// </summary>
    public static RecordAnswer Prompted(Origin origin, string workshopId, AnswerTarget target, string text, string? score, string? source)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return new(origin with { ActivityId = "prompt:" + origin.CardMessageId }, AnswerChannel.Prompted, text)
        {
            WorkshopId = workshopId, Target = target, ScoreInput = score, SourceInput = source,
        };
    }

    public Access Access => Channel switch
    {
        AnswerChannel.Card => new Access(Who.Anyone, Scope.Named) { WorkshopId = WorkshopId },
        AnswerChannel.PersonalSequence => new Access(Who.Anyone, Scope.Invited) { WorkshopId = WorkshopId },
        AnswerChannel.Prompted => new Access(Who.CardRecipient, Scope.Named) { WorkshopId = WorkshopId, CardKind = CardKinds.AnswerPrompt },
        _ => Access.Anyone(),
    };
}

/// <summary>Why a contribution is not taken now: the session is paused or closed.</summary>
public enum NotAccepting
{
    Paused,
    Closed,
}

/// <summary>The session does not take contributions now; nothing was written.</summary>
public sealed record ContributionsClosed(WorkshopHead Workshop, NotAccepting Reason) : Outcome;

/// <summary>A card named a question the workshop does not have, or one the session has not asked yet.</summary>
public sealed record QuestionNotAsked(WorkshopHead Workshop) : Outcome;

/// <summary>What was given does not make an answer (empty, too long, score out of range); nothing was written.</summary>
public sealed record AnswerInvalid(WorkshopHead Workshop, AnswerTarget Target, AnswerReading Reading) : Outcome;

/// <summary>The answer was recorded.</summary>
public sealed record AnswerRecorded(WorkshopHead Workshop, AnswerTarget Target, AnswerReading Reading) : Outcome
{
    /// <summary>
    /// Whether the session should move on by itself: a person alone with the bot in a personal chat answered the question
    /// the session is at, so nobody else is waiting to answer it and a <c>next</c> after every answer would be a chore.
    /// </summary>
    public bool AdvancesAlone { get; init; }

    /// <summary>The question runs blind: the answer is hidden from everyone until the reveal (a typed one is not: the chat shows it).</summary>
    public bool Blind { get; init; }
}

public sealed class RecordAnswerHandler(IWorkshopRepository repository, TimeProvider time, ILogger<RecordAnswerHandler> logger) : IUseCase<RecordAnswer>
{
    public async Task<Outcome> HandleAsync(RecordAnswer request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var target = request.Target ?? AnswerTarget.Current(head);
        if (target.PositionIn(head) is not { } position
            || (request.Channel is AnswerChannel.Card or AnswerChannel.Prompted && !head.Progress.HasAsked(head.Frame, position)))
        {
            return new QuestionNotAsked(head);
        }

        var inSequence = request.Channel == AnswerChannel.PersonalSequence;
        if (head.Progress.Status == WorkshopStatus.Closed || (head.Progress.Status == WorkshopStatus.Paused && !inSequence))
        {
            return new ContributionsClosed(head, head.Progress.Status == WorkshopStatus.Closed ? NotAccepting.Closed : NotAccepting.Paused);
        }

        var reading = AnswerReading.Read(target.Question, request.Text, request.ScoreInput, request.SourceInput);
        if (!reading.IsValid)
        {
            return new AnswerInvalid(head, target, reading);
        }

        var write = await repository.AddContributionAsync(new Contribution
        {
            Id = admission.OperationId,
            WorkshopId = head.Frame.Id,
            Kind = ContributionKind.Answer,
            Author = request.Origin.Actor,
            At = time.GetUtcNow(),
            SegmentId = target.SegmentId,
            StageIndex = target.Stage,
            Question = target.Question,
            Text = reading.Text,
            Score = reading.Score,
            Source = reading.Source,
            IsAsync = inSequence,
        }, cancellationToken).ConfigureAwait(false);
        Log.AnswerText(logger, head.Frame.Id, reading.Text);
        var alone = request.Origin.Chat == ChatKind.Personal && !inSequence && head.Progress.Status == WorkshopStatus.Running
            && target == AnswerTarget.Current(head);
        return Contributed.Outcome(write, ContributionKind.Answer, head.Frame.Id, logger, () => new AnswerRecorded(head, target, reading)
        {
            AdvancesAlone = alone,
            Blind = head.Progress.Hides(head.Frame, target.SegmentId, target.Stage, target.Question),
        });
    }
}

/// <summary>What every recorded contribution shares: said once, the map redrawn.</summary>
internal static class Contributed
{
    public static Outcome Outcome(WriteOutcome write, ContributionKind kind, string workshopId, ILogger logger, Func<Outcomes.Outcome> recorded)
    {
        switch (write)
        {
            case WriteOutcome.AlreadyDone:
                Log.AlreadyDone(logger, "Contribution", workshopId);
                return AlreadyDone.Instance;
            case WriteOutcome.WorkshopGone:
                return WorkshopGone.Instance;
            default:
                Log.ContributionRecorded(logger, workshopId, kind);
                return recorded() with { Effects = [new ContributionStored(workshopId, kind), new MapChanged(workshopId)] };
        }
    }
}
