using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Themes;
using CjmBot.Workshops.Voting;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Decisions;

/// <summary>A voter's ballot from a voting card: their votes per item (null when one was not a whole number).</summary>
public sealed record CastBallot(Origin Origin, string WorkshopId, string SegmentId, IReadOnlyDictionary<string, int>? Votes) : IRequest
{
    public Access Access => new(Who.Anyone, Scope.Named) { WorkshopId = WorkshopId };
}

/// <summary>Why a ballot was not cast.</summary>
public enum BallotRefusal
{
    NotANumber,
    UnknownItem,
    OverBudget,
    VotingNotOpen,
    VotingClosed,
}

/// <summary>
/// What became of the ballot (<see cref="Refusal"/> null: cast), with the workshop as it stands now and the voter's own
/// ballot in it, for the voter's card.
/// </summary>
public sealed record BallotResult(WorkshopSnapshot Workshop, Segment Segment, BallotRefusal? Refusal, int Spent, Ballot? Own) : Outcome;

public sealed class CastBallotHandler(IWorkshopRepository repository, TimeProvider time, ILogger<CastBallotHandler> logger) : IUseCase<CastBallot>
{
    public async Task<Outcome> HandleAsync(CastBallot request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var workshop = await repository.LoadAsync(admission.Workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (workshop?.Frame.FindSegment(request.SegmentId) is not { } segment)
        {
            return workshop is null ? WorkshopGone.Instance : new Refused(Refusal.StaleCard, admission.Workshop);
        }

        var voter = request.Origin.Actor;
        BallotRefusal? refusal = null;
        var spent = 0;
        var effects = new List<WorkshopEffect>();
        if (request.Votes is not { } votes)
        {
            refusal = BallotRefusal.NotANumber;
        }
        else
        {
            var onThemes = workshop.Voting.OnThemes;
            var ballot = new Ballot(workshop.Frame.Id, onThemes ? ThemeVoting.BallotSegment(segment.Id) : segment.Id, voter, votes, time.GetUtcNow());
            spent = ballot.Spent;
            var problem = onThemes
                ? ThemeBallotProblem(ballot, ThemeVoting.Items(workshop, segment.Id), workshop.Voting.Budget)
                : VotingItems.Check(ballot, VotingItems.Of(workshop.Answers, segment.Id), workshop.Voting.Budget);
            refusal = problem switch
            {
                BallotProblem.NegativeVotes => BallotRefusal.NotANumber,
                BallotProblem.UnknownItem => BallotRefusal.UnknownItem,
                BallotProblem.OverBudget => BallotRefusal.OverBudget,
                _ => null,
            };
            if (refusal is null)
            {
                var cast = await repository.CastBallotAsync(ballot, admission.OperationId, cancellationToken).ConfigureAwait(false);
                Log.BallotCast(logger, workshop.Frame.Id, segment.Id, cast.Outcome);
                switch (cast.Write)
                {
                    case WriteOutcome.AlreadyDone:
                        return AlreadyDone.Instance;
                    case WriteOutcome.WorkshopGone:
                        return WorkshopGone.Instance;
                }

                refusal = cast.Outcome switch
                {
                    BallotOutcome.Recorded => null,
                    BallotOutcome.OverBudget => BallotRefusal.OverBudget,
                    _ => workshop.Voting.Status == VotingStatus.Closed ? BallotRefusal.VotingClosed : BallotRefusal.VotingNotOpen,
                };
                if (refusal is null)
                {
                    // The map shows the votes each barrier and solution has.
                    effects.Add(new MapChanged(workshop.Frame.Id));
                }
            }
        }

        var now = await repository.LoadAsync(workshop.Frame.Id, cancellationToken).ConfigureAwait(false) ?? workshop;
        var ballotSegment = now.Voting.OnThemes ? ThemeVoting.BallotSegment(segment.Id) : segment.Id;
        var own = now.Decisions.Ballots.FirstOrDefault(b => b.SegmentId == ballotSegment && b.Voter.Id == voter.Id);
        return new BallotResult(now, segment, refusal, refusal is null ? own?.Spent ?? 0 : spent, own) { Effects = effects };
    }

    /// <summary>The same checks as <see cref="VotingItems.Check"/>, for a ballot on the segment's accepted themes.</summary>
    private static BallotProblem? ThemeBallotProblem(Ballot ballot, IReadOnlyList<VotableTheme> themes, int budget) =>
        ballot.Votes.Values.Any(v => v < 0) ? BallotProblem.NegativeVotes
        : ballot.Votes.Where(v => v.Value > 0).Any(v => themes.All(item => item.Theme.Id != v.Key)) ? BallotProblem.UnknownItem
        : ballot.Spent > budget ? BallotProblem.OverBudget
        : null;
}
