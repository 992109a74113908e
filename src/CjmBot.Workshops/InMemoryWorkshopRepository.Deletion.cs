using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Deletion;

namespace CjmBot.Workshops;

public sealed partial class InMemoryWorkshopRepository
{
    public Task<WorkshopRemoval?> DeleteAsync(string workshopId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_workshops.Remove(workshopId, out var stored))
            {
                return Task.FromResult<WorkshopRemoval?>(null);
            }

            _changes.Remove(workshopId);

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

            // Counted as the Table repository counts its rows: by row-key prefix (vote|config and ballots share "vote").
            var others = new Dictionary<string, int>(StringComparer.Ordinal);
            if (_decisions.Remove(workshopId, out var decisions))
            {
                var votes = decisions.Ballots.Count + (decisions.Voting == Voting.VotingState.NotStarted ? 0 : 1);
                foreach (var (prefix, count) in new[] { ("vote", votes), ("action", decisions.ActionItems.Count), ("concl", decisions.Conclusions.Count) })
                {
                    if (count > 0)
                    {
                        others[prefix] = count;
                    }
                }
            }

            // Asynchronous contributors' rows: invitations, role assignments and the window (the Table rows inv|, role|, seq|).
            var invitations = RemoveWhere(_invitations, key => key.Workshop == workshopId);
            var roles = RemoveWhere(_roles, key => key.Workshop == workshopId);
            var window = _windows.Remove(workshopId) ? 1 : 0;
            foreach (var (prefix, count) in new[] { ("inv", invitations), ("role", roles), ("seq", window) })
            {
                if (count > 0)
                {
                    others[prefix] = count;
                }
            }

            return Task.FromResult<WorkshopRemoval?>(new WorkshopRemoval(HeadRows: 2, contributions, others, indexRows));
        }
    }

    private static int RemoveWhere<TKey, TValue>(Dictionary<TKey, TValue> rows, Func<TKey, bool> belongs)
        where TKey : notnull
    {
        var keys = rows.Keys.Where(belongs).ToList();
        foreach (var key in keys)
        {
            rows.Remove(key);
        }

        return keys.Count;
    }
}
