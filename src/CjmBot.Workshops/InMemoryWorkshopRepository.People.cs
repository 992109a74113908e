using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.People;

namespace CjmBot.Workshops;

/// <summary>The person → workshops index and erasure, in memory (the same facts as the Table store: one contract suite).</summary>
public sealed partial class InMemoryWorkshopRepository
{
    private readonly Dictionary<string, SortedSet<string>> _people = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<string>> ListWorkshopsOfPersonAsync(string personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<string>>(_people.TryGetValue(personId, out var workshops) ? [.. workshops] : []);
        }
    }

    public Task<PersonErasure?> ErasePersonAsync(string workshopId, Participant person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        lock (_gate)
        {
            Unindex(person.Id, workshopId);
            if (!_workshops.TryGetValue(workshopId, out var stored))
            {
                return Task.FromResult<PersonErasure?>(null);
            }

            var contributions = new Dictionary<ContributionKind, int>();
            foreach (var contribution in stored.Contributions.Values.Where(c => c.Author.Id == person.Id).ToList())
            {
                stored.Contributions.Remove(contribution.Id);
                contributions[contribution.Kind] = contributions.GetValueOrDefault(contribution.Kind) + 1;
            }

            var conclusions = RemoveWhere(stored.Conclusions, c => c.Author.Id == person.Id);
            var invitations = stored.Invitations.Remove(person.Id) ? 1 : 0;
            var ballots = 0;
            foreach (var (key, ballot) in stored.Ballots.Where(b => b.Key.Voter == person.Id).ToList())
            {
                stored.Ballots.Remove(key);
                var anonymous = AnonymousVoter();
                stored.Ballots[(key.Segment, anonymous.Id)] = ballot with { Voter = anonymous };
                ballots++;
            }

            var actionItems = 0;
            foreach (var (id, item) in stored.ActionItems.Where(a => a.Value.Owner.Id == person.Id || a.Value.AssignedBy.Id == person.Id).ToList())
            {
                stored.ActionItems[id] = item with
                {
                    Owner = item.Owner.Id == person.Id ? Participant.Former : item.Owner,
                    AssignedBy = item.AssignedBy.Id == person.Id ? Participant.Former : item.AssignedBy,
                };
                actionItems++;
            }

            var others = RemoveWhere(stored.State, item => PersonRecords.Mentions(item.Json, person))
                + RemoveWhere(stored.State, (name, _) => PersonRecords.Mentions(name, person))
                + RemoveWhere(stored.Cards, card => card.PostedFor == person.Id);
            var erasure = new PersonErasure(contributions, conclusions, invitations, ballots, actionItems, others);
            if (erasure.Total > 0)
            {
                stored.Changed = ++_lastChange;
            }

            return Task.FromResult<PersonErasure?>(erasure);
        }
    }

    public Task<int> RemoveCardsPostedForAsync(string conversationId, string personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(RemoveWhere(_conversationCards, (key, card) => key.Conversation == conversationId && card.PostedFor == personId));
        }
    }

    /// <summary>Called under the lock before a write that records something of the person in the workshop.</summary>
    private void Index(string personId, string workshopId)
    {
        if (personId == Participant.Former.Id || !_workshops.ContainsKey(workshopId))
        {
            return;
        }

        if (!_people.TryGetValue(personId, out var workshops))
        {
            _people[personId] = workshops = new SortedSet<string>(StringComparer.Ordinal);
        }

        workshops.Add(workshopId);
    }

    private void Unindex(string personId, string workshopId)
    {
        if (_people.TryGetValue(personId, out var workshops) && workshops.Remove(workshopId) && workshops.Count == 0)
        {
            _people.Remove(personId);
        }
    }

    /// <summary>Called under the lock when the workshop is deleted: no one's index names it any more.</summary>
    private void UnindexWorkshop(string workshopId)
    {
        foreach (var person in _people.Where(p => p.Value.Contains(workshopId)).Select(p => p.Key).ToList())
        {
            Unindex(person, workshopId);
        }
    }

    private static Participant AnonymousVoter() => new(PersonRecords.AnonymousVoterPrefix + Guid.NewGuid().ToString("N"), "");

    private static int RemoveWhere<TKey, TValue>(Dictionary<TKey, TValue> items, Func<TValue, bool> match)
        where TKey : notnull =>
        RemoveWhere(items, (_, value) => match(value));

    private static int RemoveWhere<TKey, TValue>(Dictionary<TKey, TValue> items, Func<TKey, TValue, bool> match)
        where TKey : notnull
    {
        var keys = items.Where(pair => match(pair.Key, pair.Value)).Select(pair => pair.Key).ToList();
        foreach (var key in keys)
        {
            items.Remove(key);
        }

        return keys.Count;
    }
}
