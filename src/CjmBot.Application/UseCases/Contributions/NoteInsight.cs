using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Contributions;

/// <summary>An insight, at any time: <c>insight …</c> (filed against the current segment and stage) or a question card's button (its stage).</summary>
public sealed record NoteInsight(Origin Origin, string? Text) : IRequest
{
    public AnswerTarget? Target { get; init; }

    public string? WorkshopId { get; init; }

    public Access Access => WorkshopId is null ? Access.Anyone() : new Access(Who.Anyone, Scope.Named) { WorkshopId = WorkshopId };
}

/// <summary>The insight is empty or too long; nothing was written.</summary>
public sealed record InsightInvalid(WorkshopHead Workshop, AnswerProblem Problem, int Length) : Outcome;

public sealed record InsightNoted(WorkshopHead Workshop, AnswerTarget Target, string Text) : Outcome;

public sealed class NoteInsightHandler(IWorkshopRepository repository, TimeProvider time, ILogger<NoteInsightHandler> logger) : IUseCase<NoteInsight>
{
    public async Task<Outcome> HandleAsync(NoteInsight request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        if (head.Progress.Status == WorkshopStatus.Closed)
        {
            return new ContributionsClosed(head, NotAccepting.Closed);
        }

        var target = request.Target ?? AnswerTarget.Current(head);
        if (target.PositionIn(head) is not { } position || !head.Progress.HasAsked(head.Frame, position with { Question = 0 }))
        {
            return new QuestionNotAsked(head);
        }

        var text = request.Text?.Trim() ?? "";
        if (AnswerRules.Check(text) is var problem and not AnswerProblem.None)
        {
            return new InsightInvalid(head, problem, text.Length);
        }

        var write = await repository.AddContributionAsync(new Contribution
        {
            Id = admission.OperationId,
            WorkshopId = head.Frame.Id,
            Kind = ContributionKind.Insight,
            Author = request.Origin.Actor,
            At = time.GetUtcNow(),
            SegmentId = target.SegmentId,
            StageIndex = target.Stage,
            Text = text,
        }, cancellationToken).ConfigureAwait(false);
        return Contributed.Outcome(write, ContributionKind.Insight, head.Frame.Id, logger, () => new InsightNoted(head, target, text));
    }
}
