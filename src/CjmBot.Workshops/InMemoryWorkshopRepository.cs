using CjmBot.Workshops.Async;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Deletion;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Themes;
using CjmBot.Workshops.Voting;
using CjmBot.Workshops.Writes;

namespace CjmBot.Workshops;

/// <summary>
/// The repository in process memory, for tests and local runs without storage. Same contract as the Table Storage
/// one (the contract tests run on both). Everything a workshop owns is kept in its one <see cref="Stored"/> entry,
/// as it is kept in one partition there, so deleting the entry deletes all of it; every write passes
/// <see cref="Write"/>, which refuses a deleted workshop and an operation it has seen.
/// </summary>
public sealed partial class InMemoryWorkshopRepository : IWorkshopRepository
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Stored> _workshops = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byConversation = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Conversation, string Message), PostedCard> _conversationCards = [];
    private long _version;

    public Task<WorkshopCreation> CreateAsync(WorkshopFrame frame, WorkshopProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(progress);
        lock (_gate)
        {
            if (_workshops.ContainsKey(frame.Id))
            {
                return Task.FromResult(WorkshopCreation.AlreadyExists);
            }

            if (!_byConversation.TryGetValue(frame.ConversationId, out var list))
            {
                _byConversation[frame.ConversationId] = list = [];
            }

            if (list.Count > 0 && _workshops.TryGetValue(list[^1], out var active) && active.Progress.IsUnderway)
            {
                return Task.FromResult(WorkshopCreation.AnotherRunning);
            }

            _workshops.Add(frame.Id, new Stored(frame, progress) { Changed = ++_lastChange });
            list.Add(frame.Id);
            return Task.FromResult(WorkshopCreation.Created);
        }
    }

    public Task<WorkshopHead?> GetHeadAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_workshops.TryGetValue(workshopId, out var stored) ? new WorkshopHead(stored.Frame, stored.Progress) : null);
        }
    }

    public Task<WorkshopSnapshot?> LoadAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_workshops.TryGetValue(workshopId, out var stored)
                ? new WorkshopSnapshot(stored.Frame, stored.Progress, [.. stored.Contributions.Values]) { Decisions = stored.Decisions(), ThemeRecords = [.. stored.Themes.Values] }
                : null);
        }
    }

    public Task<ProgressUpdate> UpdateProgressAsync(
        string workshopId, string operationId, Func<WorkshopFrame, WorkshopProgress, ProgressChange> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            ProgressChange? result = null;
            var write = Write(workshopId, operationId, stored =>
            {
                result = change(stored.Frame, stored.Progress);
                if (result.Progress is not { } progress)
                {
                    return false;
                }

                stored.Progress = progress;
                return true;
            });
            return Task.FromResult(new ProgressUpdate(result ?? ProgressChange.Refused(ProgressError.None), write));
        }
    }

    public Task<WriteOutcome> UpdateFrameAsync(string workshopId, string operationId, Func<WorkshopFrame, WorkshopFrame> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            return Task.FromResult(Write(workshopId, operationId, stored =>
            {
                var frame = change(stored.Frame);
                if (frame.Id != stored.Frame.Id || frame.ConversationId != stored.Frame.ConversationId)
                {
                    throw new InvalidOperationException($"A frame change may not alter the id or conversation of workshop {workshopId}.");
                }

                stored.Frame = frame;
                return true;
            }));
        }
    }

    public Task<WriteOutcome> AddContributionAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        lock (_gate)
        {
            Index(contribution.Author.Id, contribution.WorkshopId);
            return Task.FromResult(Write(contribution.WorkshopId, contribution.Id, stored => stored.Contributions.TryAdd(contribution.Id, contribution)));
        }
    }

    // Voting ---------------------------------------------------------------------------------------------------------

    public Task<WriteOutcome> SetVotingAsync(string workshopId, string operationId, VotingState voting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voting);
        lock (_gate)
        {
            return Task.FromResult(Write(workshopId, operationId, stored =>
            {
                stored.Voting = voting;
                return true;
            }));
        }
    }

    public Task<BallotCast> CastBallotAsync(Ballot ballot, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        lock (_gate)
        {
            var outcome = BallotOutcome.Recorded;
            Index(ballot.Voter.Id, ballot.WorkshopId);
            var write = Write(ballot.WorkshopId, operationId, stored =>
            {
                outcome = !stored.Voting.IsOpen ? BallotOutcome.VotingNotOpen
                    : ballot.Votes.Values.Any(v => v < 0) || ballot.Spent > stored.Voting.Budget ? BallotOutcome.OverBudget
                    : BallotOutcome.Recorded;
                if (outcome != BallotOutcome.Recorded)
                {
                    return false;
                }

                stored.Ballots[(ballot.SegmentId, ballot.Voter.Id)] = ballot with { Votes = new Dictionary<string, int>(ballot.Votes, StringComparer.Ordinal) };
                return true;
            });
            return Task.FromResult(new BallotCast(outcome, write));
        }
    }

    public Task<WriteOutcome> AddActionItemsAsync(string workshopId, string operationId, IReadOnlyList<ActionItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        lock (_gate)
        {
            foreach (var item in items)
            {
                Index(item.Owner.Id, workshopId);
            }

            return Task.FromResult(Write(workshopId, operationId, stored => items.All(item => stored.ActionItems.TryAdd(item.Id, item))));
        }
    }

    public Task<WriteOutcome> AddConclusionsAsync(string workshopId, string operationId, IReadOnlyList<Conclusion> conclusions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conclusions);
        lock (_gate)
        {
            foreach (var conclusion in conclusions)
            {
                Index(conclusion.Author.Id, workshopId);
            }

            return Task.FromResult(Write(workshopId, operationId, stored => conclusions.All(conclusion => stored.Conclusions.TryAdd(conclusion.Id, conclusion))));
        }
    }

    public Task<WriteOutcome> AddThemeRecordAsync(ThemeRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            if (_workshops.TryGetValue(record.WorkshopId, out var current)
                && current.Themes.Values.Any(r => r.SegmentId == record.SegmentId && r.Lane == record.Lane && r.Sequence == record.Sequence))
            {
                // As in the table, where the place is the row key: the operation that took it came first.
                return Task.FromResult(WriteOutcome.AlreadyDone);
            }

            return Task.FromResult(Write(record.WorkshopId, record.Id, stored => stored.Themes.TryAdd(record.Id, record)));
        }
    }

    // Asynchronous contributors ----------------------------------------------------------------------------------------

    public Task<WriteOutcome> SaveInvitationAsync(Invitation invitation, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        lock (_gate)
        {
            Index(invitation.Person.Id, invitation.WorkshopId);
            return Task.FromResult(Write(invitation.WorkshopId, operationId, stored =>
            {
                stored.Invitations[invitation.Person.Id] = invitation;
                return true;
            }));
        }
    }

    public Task<Invitation?> GetInvitationAsync(string workshopId, string participantId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_workshops.TryGetValue(workshopId, out var stored) ? stored.Invitations.GetValueOrDefault(participantId) : null);
        }
    }

    public Task<IReadOnlyList<Invitation>> ListInvitationsAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Invitation>>(_workshops.TryGetValue(workshopId, out var stored)
                ? [.. stored.Invitations.Values.OrderBy(i => i.InvitedAt).ThenBy(i => i.Person.Id, StringComparer.Ordinal)]
                : []);
        }
    }

    public Task<WriteOutcome> SaveRoleAsync(RoleAssignment role, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        lock (_gate)
        {
            var normalized = RoleAssignment.Normalize(role.Role);
            return Task.FromResult(Write(role.WorkshopId, operationId, stored =>
            {
                stored.Roles[normalized] = role with { Role = normalized };
                return true;
            }));
        }
    }

    public Task<IReadOnlyList<RoleAssignment>> ListRolesAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<RoleAssignment>>(_workshops.TryGetValue(workshopId, out var stored)
                ? [.. stored.Roles.Values.OrderBy(r => r.Role, StringComparer.Ordinal)]
                : []);
        }
    }

    public Task<WriteOutcome> SaveAsyncWindowAsync(AsyncWindow window, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        lock (_gate)
        {
            return Task.FromResult(Write(window.WorkshopId, operationId, stored =>
            {
                stored.Window = window;
                return true;
            }));
        }
    }

    public Task<AsyncWindow?> GetAsyncWindowAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_workshops.TryGetValue(workshopId, out var stored) ? stored.Window : null);
        }
    }

    // State and posted cards ---------------------------------------------------------------------------------------------

    public Task<WorkshopStateItem?> ReadStateAsync(string workshopId, string name, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_workshops.TryGetValue(workshopId, out var stored) ? stored.State.GetValueOrDefault(name) : null);
        }
    }

    public Task<string?> WriteStateAsync(string workshopId, string name, string json, string? eTag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        lock (_gate)
        {
            if (!_workshops.TryGetValue(workshopId, out var stored))
            {
                return Task.FromResult<string?>(null);
            }

            var exists = stored.State.TryGetValue(name, out var current);
            var allowed = eTag switch
            {
                null => !exists,
                WorkshopStateItem.AnyETag => true,
                _ => exists && current!.ETag == eTag,
            };
            if (!allowed)
            {
                throw new WorkshopStateConflictException(workshopId, name);
            }

            var item = new WorkshopStateItem(json, $"W/\"{++_version}\"");
            stored.State[name] = item;
            return Task.FromResult<string?>(item.ETag);
        }
    }

    public Task<bool> DeleteStateAsync(string workshopId, string name, string? eTag, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_workshops.TryGetValue(workshopId, out var stored) || !stored.State.TryGetValue(name, out var current))
            {
                return Task.FromResult(false);
            }

            if (eTag is not null && eTag != WorkshopStateItem.AnyETag && eTag != current.ETag)
            {
                throw new WorkshopStateConflictException(workshopId, name);
            }

            return Task.FromResult(stored.State.Remove(name));
        }
    }

    public Task<WriteOutcome> RecordCardAsync(PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        lock (_gate)
        {
            if (card.WorkshopId is null)
            {
                _conversationCards[(card.ConversationId, card.MessageId)] = card;
                return Task.FromResult(WriteOutcome.Written);
            }

            if (!_workshops.TryGetValue(card.WorkshopId, out var stored))
            {
                return Task.FromResult(WriteOutcome.WorkshopGone);
            }

            stored.Cards[card.MessageId] = card;
            return Task.FromResult(WriteOutcome.Written);
        }
    }

    public Task<PostedCard?> FindCardAsync(string conversationId, string? workshopId, string messageId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var card = workshopId is null
                ? _conversationCards.GetValueOrDefault((conversationId, messageId))
                : _workshops.TryGetValue(workshopId, out var stored) ? stored.Cards.GetValueOrDefault(messageId) : null;
            return Task.FromResult(card is not null && card.ConversationId == conversationId ? card : null);
        }
    }

    // Deletion ---------------------------------------------------------------------------------------------------------

    public Task<WorkshopRemoval?> DeleteAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Under the one lock the mark and the removal are one step: no write can come between them.
            if (!_workshops.Remove(workshopId, out var stored))
            {
                return Task.FromResult<WorkshopRemoval?>(null);
            }

            UnindexWorkshop(workshopId);
            var indexRows = 0;
            if (_byConversation.TryGetValue(stored.Frame.ConversationId, out var list))
            {
                indexRows = list.RemoveAll(id => id == workshopId);
                if (list.Count == 0)
                {
                    _byConversation.Remove(stored.Frame.ConversationId);
                }
            }

            var contributions = stored.Contributions.Values
                .GroupBy(contribution => contribution.Kind)
                .ToDictionary(group => group.Key, group => group.Count());
            return Task.FromResult<WorkshopRemoval?>(new WorkshopRemoval(HeadRows: 2, contributions, stored.OtherRows(), indexRows));
        }
    }

    /// <summary>
    /// The one door of every write (called under the lock): nothing for a workshop that is gone, nothing twice for an
    /// operation; <paramref name="apply"/> returns false when it wrote nothing (then the operation is not claimed).
    /// </summary>
    private WriteOutcome Write(string workshopId, string operationId, Func<Stored, bool> apply)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationId);
        if (!_workshops.TryGetValue(workshopId, out var stored))
        {
            return WriteOutcome.WorkshopGone;
        }

        if (stored.Operations.Contains(operationId))
        {
            return WriteOutcome.AlreadyDone;
        }

        if (!apply(stored))
        {
            return WriteOutcome.Written;
        }

        stored.Operations.Add(operationId);
        stored.Changed = ++_lastChange;
        return WriteOutcome.Written;
    }

    /// <summary>Everything one workshop owns, as its partition holds it in the table.</summary>
    private sealed class Stored(WorkshopFrame frame, WorkshopProgress progress)
    {
        public WorkshopFrame Frame { get; set; } = frame;
        public WorkshopProgress Progress { get; set; } = progress;
        public HashSet<string> Operations { get; } = new(StringComparer.Ordinal);

        /// <summary>The change counter's value at the workshop's latest write (see <see cref="ReadChangesAsync"/>).</summary>
        public long Changed { get; set; }
        public Dictionary<string, Contribution> Contributions { get; } = new(StringComparer.Ordinal);
        public VotingState Voting { get; set; } = VotingState.NotStarted;
        public Dictionary<(string Segment, string Voter), Ballot> Ballots { get; } = [];
        public Dictionary<string, ActionItem> ActionItems { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Conclusion> Conclusions { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, ThemeRecord> Themes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Invitation> Invitations { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, RoleAssignment> Roles { get; } = new(StringComparer.Ordinal);
        public AsyncWindow? Window { get; set; }
        public Dictionary<string, WorkshopStateItem> State { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, PostedCard> Cards { get; } = new(StringComparer.Ordinal);

        public WorkshopDecisions Decisions() => new(Voting, [.. Ballots.Values], [.. ActionItems.Values], [.. Conclusions.Values]);

        /// <summary>Counted as the Table repository counts its rows: by row-key prefix (vote|config and ballots share "vote").</summary>
        public Dictionary<string, int> OtherRows()
        {
            var operations = Operations.Count - Contributions.Count;
            var rows = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (prefix, count) in new[]
            {
                ("vote", Ballots.Count + (Voting == VotingState.NotStarted ? 0 : 1)),
                ("action", ActionItems.Count),
                ("concl", Conclusions.Count),
                ("theme", Themes.Count),
                ("inv", Invitations.Count),
                ("role", Roles.Count),
                ("seq", Window is null ? 0 : 1),
                ("state", State.Count),
                ("card", Cards.Count),
                ("op", operations),
            })
            {
                if (count > 0)
                {
                    rows[prefix] = count;
                }
            }

            return rows;
        }
    }
}
