using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Sessions;

/// <summary>
/// A facilitator runs the current question or stage blind (<c>blind</c>, <c>blind stage</c>) or reveals every blind round
/// (<c>reveal</c>, or the Reveal button, which names its workshop). Written with the progress, through the one door.
/// </summary>
public sealed record SetBlind(Origin Origin, BlindChange Change) : IRequest
{
    /// <summary>The workshop a Reveal button names; a typed command is about the conversation's active workshop.</summary>
    public string? WorkshopId { get; init; }

    public Access Access => new(Who.Facilitator, WorkshopId is null ? Scope.Active : Scope.NamedActive) { WorkshopId = WorkshopId };
}

/// <summary>The current question (<see cref="BlindChange.Question"/>) or stage now runs blind; <see cref="Round"/> is what it hides.</summary>
public sealed record BlindSet(WorkshopFrame Frame, WorkshopProgress Progress, BlindRound Round) : Outcome;

/// <summary>Every blind round ended; <see cref="Answers"/> answers were hidden and show now.</summary>
public sealed record BlindRevealed(WorkshopFrame Frame, WorkshopProgress Progress, int Answers) : Outcome;

/// <summary>Nothing changed: <see cref="Error"/> says why (already blind, nothing blind, closed, every question asked).</summary>
public sealed record BlindRefused(WorkshopFrame Frame, ProgressError Error) : Outcome;

public sealed class SetBlindHandler(IWorkshopRepository repository, TimeProvider time, ILogger<SetBlindHandler> logger) : IUseCase<SetBlind>
{
    public async Task<Outcome> HandleAsync(SetBlind request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;

        // How many a reveal shows: counted before, as nothing is hidden after. Answers given meanwhile show too, uncounted.
        var hidden = request.Change == BlindChange.Reveal && head.Progress.Blind.Count > 0
            ? (await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false))?.HiddenTotal ?? 0
            : 0;
        var now = time.GetUtcNow();
        var frame = head.Frame;
        var update = await repository.UpdateProgressAsync(frame.Id, admission.OperationId, (latestFrame, progress) =>
        {
            frame = latestFrame;
            return progress.ChangeBlind(latestFrame, request.Change, now);
        }, cancellationToken).ConfigureAwait(false);
        if (Unwritten.Of(update.Write) is { } unwritten)
        {
            if (unwritten is AlreadyDone)
            {
                Log.AlreadyDone(logger, nameof(SetBlind), frame.Id);
            }

            return unwritten;
        }

        if (!update.Change.Succeeded || update.Change.Progress is not { } after)
        {
            return new BlindRefused(frame, update.Change.Error);
        }

        Log.BlindChanged(logger, frame.Id, request.Change, after.Blind.Count);

        // The map and the question card show the change: the hidden answers (or a blind note) in the next redraw.
        IReadOnlyList<WorkshopEffect> effects = [new MapChanged(frame.Id)];
        return request.Change == BlindChange.Reveal
            ? new BlindRevealed(frame, after, hidden) { Effects = effects }
            : new BlindSet(frame, after, after.Blind[^1]) { Effects = effects };
    }
}
