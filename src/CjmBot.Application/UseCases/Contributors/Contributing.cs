using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Contributors;

/// <summary>What an invited person does with their sequence from a card: begin (or go on), or put it off.</summary>
public enum ContributingStep
{
    Continue,
    Begin,
    Later,
}

/// <summary>A button of an invitation or a personal-chat question card: honoured only for the sender's own invitation, in their personal chat.</summary>
public sealed record Contribute(Origin Origin, string WorkshopId, ContributingStep Step) : IRequest
{
    public Access Access => new(Who.Anyone, Scope.Invited) { WorkshopId = WorkshopId };
}

/// <summary>The person put their sequence off; it picks up where it was when they press Start again.</summary>
public sealed record ContributingLater(WorkshopHead Workshop) : Outcome;

/// <summary>The deadline passed: nothing more is taken in personal chats.</summary>
public sealed record ContributionWindowClosed(WorkshopHead Workshop) : Outcome;

/// <summary>The sequence may run (the chat is marked for it); <see cref="Plan"/> is set when it begins now.</summary>
public sealed record ContributingOpen(WorkshopHead Workshop, Invitation Invitation, ContributorPlan? Plan) : Outcome;

public sealed class ContributeHandler(IWorkshopRepository repository) : IUseCase<Contribute>
{
    public async Task<Outcome> HandleAsync(Contribute request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var invitation = admission.Invitation!;
        var person = request.Origin.Actor.Id;
        if (request.Step == ContributingStep.Later)
        {
            return new ContributingLater(head) { Effects = [new SequenceLeft(head.Frame.Id, person)] };
        }

        if (await repository.GetAsyncWindowAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false) is { Closed: true })
        {
            return new ContributionWindowClosed(head) { Effects = [new SequenceLeft(head.Frame.Id, person)] };
        }

        // Marked before the bot points the person's cursor at the sequence: typed text in an unmarked chat never looks
        // at the cursor.
        await repository.MarkAsyncSequencesAsync(request.Origin.ConversationId, cancellationToken).ConfigureAwait(false);
        var plan = request.Step == ContributingStep.Begin
            ? await ContributorPlan.ForAsync(repository, head.Frame.Id, person, invitation.Role, cancellationToken).ConfigureAwait(false)
            : null;
        return new ContributingOpen(head, invitation, plan);
    }
}

/// <summary>The person went through every question of their sequence.</summary>
public sealed record FinishContributing(Origin Origin, string WorkshopId) : IRequest
{
    public Access Access => new(Who.Anyone, Scope.Invited) { WorkshopId = WorkshopId };
}

/// <summary>What they gave, for their summary.</summary>
public sealed record ContributingFinished(WorkshopHead Workshop, IReadOnlyList<Answer> Given) : Outcome;

public sealed class FinishContributingHandler(IWorkshopRepository repository, TimeProvider time, ILogger<FinishContributingHandler> logger)
    : IUseCase<FinishContributing>
{
    public async Task<Outcome> HandleAsync(FinishContributing request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var person = request.Origin.Actor.Id;
        var workshop = await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        var given = workshop is null ? [] : AsyncQuestion.GivenBy(workshop, person);
        var write = await repository.SaveInvitationAsync(
            admission.Invitation! with { State = InvitationState.Finished, FinishedAt = time.GetUtcNow() }, admission.OperationId + "|finished", cancellationToken)
            .ConfigureAwait(false);
        if (write == WriteOutcome.WorkshopGone)
        {
            return WorkshopGone.Instance;
        }

        Log.AsyncSequenceFinished(logger, head.Frame.Id, given.Count);
        return new ContributingFinished(head, given)
        {
            Effects = [new RemindersCancelled(head.Frame.Id, person), new SequenceLeft(head.Frame.Id, person)],
        };
    }
}

/// <summary>The deadline came (the bot's own request, from the deadline job): the window closes.</summary>
public sealed record CloseContributions(Origin Origin, string WorkshopId, DateTimeOffset Deadline) : IRequest
{
    public Access Access => new(Who.System, Scope.Named) { WorkshopId = WorkshopId };
}

/// <summary>The window closed: how many of those reached finished (no names: the chat sees this).</summary>
public sealed record ContributionsClosedAtDeadline(WorkshopHead Workshop, int Finished, int Reached) : Outcome;

/// <summary>The deadline changed since the job was set, or the window is closed already: nothing to do.</summary>
public sealed record DeadlineNotDue : Outcome;

public sealed class CloseContributionsHandler(IWorkshopRepository repository, ILogger<CloseContributionsHandler> logger) : IUseCase<CloseContributions>
{
    public async Task<Outcome> HandleAsync(CloseContributions request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var window = await repository.GetAsyncWindowAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (window is not { Closed: false } || window.Deadline != request.Deadline)
        {
            return new DeadlineNotDue();
        }

        var write = await repository.SaveAsyncWindowAsync(window with { Closed = true }, admission.OperationId, cancellationToken).ConfigureAwait(false);
        if (Unwritten.Of(write) is { } unwritten)
        {
            return unwritten;
        }

        var all = await repository.ListInvitationsAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        var reached = all.Count(i => i.State != InvitationState.NotInstalled);
        var finished = all.Count(i => i.State == InvitationState.Finished);
        Log.AsyncWindowClosed(logger, head.Frame.Id, finished, reached);
        return new ContributionsClosedAtDeadline(head, finished, reached);
    }
}
