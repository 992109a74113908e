using System.Globalization;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Voting;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Decisions;

/// <summary>One row of the action item card as submitted: the solution, the owner chosen (empty: none) and the due date typed.</summary>
public sealed record ActionItemInput(string AnswerId, string? OwnerId, string? Due);

/// <summary>The action item card's save: owners (from the members the card offered) and due dates for top solutions.</summary>
public sealed record AssignActionItems(Origin Origin, string WorkshopId, IReadOnlyList<ActionItemInput> Rows, IReadOnlyList<Participant> Members) : IRequest
{
    public Access Access => new(Who.Facilitator, Scope.Named) { WorkshopId = WorkshopId };
}

/// <summary>Why the card's rows were not saved; <see cref="Row"/> (from 1) names the row, when one is at fault.</summary>
public enum ActionItemsProblem
{
    NothingAssigned,
    UnknownItem,
    OwnerUnknown,
    DueMissing,
}

public sealed record ActionItemsRefused(WorkshopSnapshot Workshop, ActionItemsProblem Problem, int Row) : Outcome;

/// <summary>The items were saved; their owners are to be told.</summary>
public sealed record ActionItemsAssigned(WorkshopSnapshot Workshop, IReadOnlyList<ActionItem> Items) : Outcome;

public sealed class AssignActionItemsHandler(IWorkshopRepository repository, TimeProvider time, ILogger<AssignActionItemsHandler> logger)
    : IUseCase<AssignActionItems>
{
    public async Task<Outcome> HandleAsync(AssignActionItems request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var workshop = await repository.LoadAsync(admission.Workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            return WorkshopGone.Instance;
        }

        var solutions = workshop.Answers.Where(a => a.Question == QuestionKey.Solutions).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var items = new List<ActionItem>();
        var now = time.GetUtcNow();
        for (var i = 0; i < request.Rows.Count; i++)
        {
            var row = request.Rows[i];
            if (string.IsNullOrWhiteSpace(row.OwnerId))
            {
                continue;
            }

            if (!solutions.TryGetValue(row.AnswerId, out var solution))
            {
                return new ActionItemsRefused(workshop, ActionItemsProblem.UnknownItem, i + 1);
            }

            if (request.Members.FirstOrDefault(m => m.Id == row.OwnerId.Trim()) is not { Id.Length: > 0 } owner)
            {
                return new ActionItemsRefused(workshop, ActionItemsProblem.OwnerUnknown, i + 1);
            }

            if (!DateOnly.TryParseExact(row.Due?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            {
                return new ActionItemsRefused(workshop, ActionItemsProblem.DueMissing, i + 1);
            }

            items.Add(new ActionItem
            {
                Id = admission.OperationId + "|" + i.ToString(CultureInfo.InvariantCulture),
                WorkshopId = workshop.Frame.Id,
                AnswerId = solution.Id,
                SegmentId = solution.SegmentId,
                Text = solution.Text,
                Owner = owner,
                Due = due,
                AssignedBy = request.Origin.Actor,
                At = now,
            });
        }

        if (items.Count == 0)
        {
            return new ActionItemsRefused(workshop, ActionItemsProblem.NothingAssigned, 0);
        }

        var write = await repository.AddActionItemsAsync(workshop.Frame.Id, admission.OperationId, items, cancellationToken).ConfigureAwait(false);
        if (Unwritten.Of(write) is { } unwritten)
        {
            return unwritten;
        }

        Log.DecisionsRecorded(logger, workshop.Frame.Id, items.Count, 0);
        return new ActionItemsAssigned(await repository.LoadAsync(workshop.Frame.Id, cancellationToken).ConfigureAwait(false) ?? workshop, items);
    }
}
