using System.Globalization;
using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Themes;
using CjmBot.Workshops.Voting;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Decisions;

/// <summary><c>vote</c> opens dot-voting (or changes the budget: <c>vote 5</c>); <c>vote close</c> closes it.</summary>
public sealed record SetVoting(Origin Origin, string Argument) : IRequest
{
    public static IReadOnlyList<string> CloseWords { get; } = ["close", "stop", "end", "закрыть", "стоп", "завершить"];

    public Access Access => Access.Facilitator();

    public static IReadOnlyList<string> ThemeWords { get; } = ["themes", "theme", "темы", "тема", "темам"];

    /// <summary><c>vote close</c>, also as <c>vote themes close</c>.</summary>
    public bool Closes => CloseWords.Contains(BudgetArgument.ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary><c>vote themes [N]</c>: on the accepted themes instead of the answers.</summary>
    public bool OnThemes => FirstWord.Length > 0 && ThemeWords.Contains(FirstWord, StringComparer.Ordinal);

    /// <summary>The budget's words: the argument without <c>themes</c>.</summary>
    public string BudgetArgument => OnThemes ? Argument.Trim()[FirstWord.Length..].Trim() : Argument.Trim();

    private string FirstWord => Argument.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() ?? "";
}

public sealed record VotingAlreadyClosed(WorkshopHead Workshop) : Outcome;

public sealed record BudgetInvalid(WorkshopHead Workshop) : Outcome;

/// <summary><c>vote themes</c>, but no segment has accepted barrier or solution themes.</summary>
public sealed record NoThemesToVoteOn(WorkshopHead Workshop) : Outcome;

/// <summary>No segment has a barrier or solution yet.</summary>
public sealed record NothingToVoteOn(WorkshopHead Workshop) : Outcome;

/// <summary>Voting is open with <see cref="Budget"/> votes; <see cref="Segments"/> have something to vote on.</summary>
public sealed record VotingOpened(WorkshopSnapshot Workshop, IReadOnlyList<string> Segments, int Budget, bool BudgetChanged) : Outcome
{
    public bool OnThemes => Workshop.Voting.OnThemes;
}

/// <summary>Voting closed; <see cref="Workshop"/> has the final tally.</summary>
public sealed record VotingClosed(WorkshopSnapshot Workshop) : Outcome;

public sealed class SetVotingHandler(IWorkshopRepository repository, TimeProvider time, ILogger<SetVotingHandler> logger) : IUseCase<SetVoting>
{
    public async Task<Outcome> HandleAsync(SetVoting request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var head = admission.Workshop;
        var workshop = await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            return WorkshopGone.Instance;
        }

        var current = workshop.Voting;
        if (request.Closes)
        {
            if (!current.IsOpen)
            {
                return new VotingAlreadyClosed(head);
            }

            return await WriteAsync(admission, current with { Status = VotingStatus.Closed, ChangedAt = time.GetUtcNow(), ChangedBy = request.Origin.Actor },
                final => new VotingClosed(final), cancellationToken).ConfigureAwait(false);
        }

        var budget = current.Budget;
        var argument = request.BudgetArgument;
        if (argument.Length > 0 && (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out budget) || !VotingState.IsValidBudget(budget)))
        {
            return new BudgetInvalid(head);
        }

        var segments = workshop.Frame.Segments
            .Where(s => request.OnThemes ? ThemeVoting.Items(workshop, s.Id).Count > 0 : VotingItems.Of(workshop.Answers, s.Id).Count > 0)
            .Select(s => s.Id)
            .ToList();
        if (segments.Count == 0)
        {
            return request.OnThemes ? new NoThemesToVoteOn(head) : new NothingToVoteOn(head);
        }

        var budgetChanged = current.IsOpen && current.OnThemes == request.OnThemes && budget != current.Budget;
        var voting = new VotingState(VotingStatus.Open, budget, time.GetUtcNow(), request.Origin.Actor) { OnThemes = request.OnThemes };
        return await WriteAsync(admission, voting,
            opened => new VotingOpened(opened, segments, budget, budgetChanged), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Outcome> WriteAsync(Admission admission, VotingState voting, Func<WorkshopSnapshot, Outcome> done, CancellationToken cancellationToken)
    {
        var workshopId = admission.Workshop.Frame.Id;
        var write = await repository.SetVotingAsync(workshopId, admission.OperationId, voting, cancellationToken).ConfigureAwait(false);
        if (Unwritten.Of(write) is { } unwritten)
        {
            return unwritten;
        }

        Log.VotingChanged(logger, workshopId, voting.Status, voting.Budget);
        var after = await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        return after is null ? WorkshopGone.Instance : done(after) with { Effects = [new MapChanged(workshopId)] };
    }
}
