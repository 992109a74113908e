using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Voting;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Decisions;

/// <summary>Someone's answers to the concluding questions, from the conclusions card (empty topics left out).</summary>
public sealed record SaveConclusions(Origin Origin, string WorkshopId, IReadOnlyDictionary<ConclusionTopic, string> Answers) : IRequest
{
    public Access Access => new(Who.Anyone, Scope.Named) { WorkshopId = WorkshopId };
}

public sealed record ConclusionsRefused(WorkshopHead Workshop, AnswerProblem Problem, IReadOnlyDictionary<ConclusionTopic, string> Answers) : Outcome;

public sealed record ConclusionsSaved(WorkshopHead Workshop, IReadOnlyDictionary<ConclusionTopic, string> Answers) : Outcome;

public sealed class SaveConclusionsHandler(IWorkshopRepository repository, TimeProvider time, ILogger<SaveConclusionsHandler> logger)
    : IUseCase<SaveConclusions>
{
    public async Task<Outcome> HandleAsync(SaveConclusions request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var given = request.Answers
            .Select(pair => (pair.Key, Text: pair.Value.Trim()))
            .Where(pair => pair.Text.Length > 0)
            .OrderBy(pair => pair.Key)
            .ToDictionary(pair => pair.Key, pair => pair.Text);
        var problem = given.Count == 0 ? AnswerProblem.Empty
            : given.Values.Any(text => AnswerRules.Check(text) == AnswerProblem.TooLong) ? AnswerProblem.TooLong
            : AnswerProblem.None;
        if (problem != AnswerProblem.None)
        {
            return new ConclusionsRefused(head, problem, given);
        }

        var now = time.GetUtcNow();
        var conclusions = given.Select(pair => new Conclusion
        {
            Id = admission.OperationId + "|" + pair.Key,
            WorkshopId = head.Frame.Id,
            Topic = pair.Key,
            Text = pair.Value,
            Author = request.Origin.Actor,
            At = now,
        }).ToList();
        var write = await repository.AddConclusionsAsync(head.Frame.Id, admission.OperationId, conclusions, cancellationToken).ConfigureAwait(false);
        if (Unwritten.Of(write) is { } unwritten)
        {
            return unwritten;
        }

        Log.DecisionsRecorded(logger, head.Frame.Id, 0, conclusions.Count);
        return new ConclusionsSaved(head, given);
    }
}
