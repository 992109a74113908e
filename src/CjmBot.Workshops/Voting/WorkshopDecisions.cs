namespace CjmBot.Workshops.Voting;

/// <summary>
/// What a workshop decided, as stored: the voting state, every ballot (one per voter and segment), and every
/// action item and conclusion record. <see cref="WorkshopSnapshot"/> derives the standing results from them.
/// </summary>
public sealed record WorkshopDecisions(
    VotingState Voting,
    IReadOnlyList<Ballot> Ballots,
    IReadOnlyList<ActionItem> ActionItemRecords,
    IReadOnlyList<Conclusion> ConclusionRecords)
{
    public static WorkshopDecisions Empty { get; } = new(VotingState.NotStarted, [], [], []);

    /// <summary>The latest record per solution, in the order the solutions were first assigned.</summary>
    public IReadOnlyList<ActionItem> CurrentActionItems() => Latest(ActionItemRecords, item => item.AnswerId, item => item.At, item => item.Id);

    /// <summary>Each person's latest word per topic, in topic order, then in the order first said.</summary>
    public IReadOnlyList<Conclusion> CurrentConclusions() =>
        [.. Latest(ConclusionRecords, c => $"{(int)c.Topic}|{c.Author.Id}", c => c.At, c => c.Id).OrderBy(c => c.Topic)];

    private static List<T> Latest<T>(IEnumerable<T> records, Func<T, string> key, Func<T, DateTimeOffset> at, Func<T, string> id)
    {
        var latest = new Dictionary<string, T>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var record in records.OrderBy(at).ThenBy(id, StringComparer.Ordinal))
        {
            if (!latest.ContainsKey(key(record)))
            {
                order.Add(key(record));
            }

            latest[key(record)] = record;
        }

        return [.. order.Select(k => latest[k])];
    }
}
