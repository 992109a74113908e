using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Retention;

namespace CjmBot.Application.UseCases.Sessions;

/// <summary>What <c>retention …</c> asks for: show it, keep the workshop this many days once closed, keep it until deleted by hand, or follow the bot's setting.</summary>
public enum RetentionChoiceKind
{
    Show,
    Days,
    Forever,
    Default,
}

public sealed record RetentionChoice(RetentionChoiceKind Kind, int Days = 0)
{
    public static RetentionChoice Show { get; } = new(RetentionChoiceKind.Show);
}

/// <summary><c>retention [days | off | default]</c>: how long the workshop is kept once closed (facilitators).</summary>
public sealed record SetRetention(Origin Origin, RetentionChoice Choice) : IRequest
{
    public Access Access => Access.Facilitator();
}

/// <summary>The workshop's retention as it stands (after a change, <see cref="Changed"/>).</summary>
public sealed record RetentionShown(WorkshopHead Workshop, RetentionPlan Plan, bool Changed) : Outcome;

/// <summary>The number of days was not 1 to <see cref="RetentionPolicy.MaxDays"/>.</summary>
public sealed record RetentionUsage(WorkshopHead Workshop) : Outcome;

public sealed class SetRetentionHandler(IWorkshopRepository repository, RetentionPolicy policy, TimeProvider time) : IUseCase<SetRetention>
{
    public async Task<Outcome> HandleAsync(SetRetention request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        int? days = request.Choice.Kind switch
        {
            RetentionChoiceKind.Show => head.Frame.RetentionDays,
            RetentionChoiceKind.Days => request.Choice.Days,
            RetentionChoiceKind.Forever => 0,
            _ => null,
        };
        if (request.Choice.Kind == RetentionChoiceKind.Show)
        {
            return new RetentionShown(head, policy.PlanFor(head.Frame, head.Progress), Changed: false);
        }

        if (request.Choice.Kind == RetentionChoiceKind.Days && days is < 1 or > RetentionPolicy.MaxDays)
        {
            return new RetentionUsage(head);
        }

        var setAt = time.GetUtcNow();
        var write = await repository.UpdateFrameAsync(
            head.Frame.Id, admission.OperationId, frame => frame with { RetentionDays = days, RetentionSetAt = setAt }, cancellationToken).ConfigureAwait(false);
        if (Unwritten.Of(write) is { } unwritten)
        {
            return unwritten;
        }

        var changed = head with { Frame = head.Frame with { RetentionDays = days, RetentionSetAt = setAt } };
        return new RetentionShown(changed, policy.PlanFor(changed.Frame, changed.Progress), Changed: true)
        {
            Effects = [new RetentionChanged(changed.Frame, changed.Progress)],
        };
    }
}
