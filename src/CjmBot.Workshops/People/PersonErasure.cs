using CjmBot.Workshops.Contributions;

namespace CjmBot.Workshops.People;

/// <summary>What erasing one person from one workshop removed or anonymised, counted per kind for the receipt.</summary>
/// <param name="Contributions">Their answers, insights, edits and withdrawals removed, per kind.</param>
/// <param name="Conclusions">Their conclusions removed.</param>
/// <param name="Invitations">Their invitation removed (0 or 1).</param>
/// <param name="Ballots">Their ballots kept only as anonymous counts.</param>
/// <param name="ActionItems">Action items they owned (or assigned) now held by a former participant.</param>
/// <param name="OtherItems">State items and posted-card records that held their id or name, removed.</param>
public sealed record PersonErasure(
    IReadOnlyDictionary<ContributionKind, int> Contributions,
    int Conclusions,
    int Invitations,
    int Ballots,
    int ActionItems,
    int OtherItems)
{
    public static PersonErasure Nothing { get; } = new(new Dictionary<ContributionKind, int>(), 0, 0, 0, 0, 0);

    public int Total => Contributions.Values.Sum() + Conclusions + Invitations + Ballots + ActionItems + OtherItems;

    public PersonErasure Add(PersonErasure other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var contributions = new Dictionary<ContributionKind, int>(Contributions);
        foreach (var (kind, count) in other.Contributions)
        {
            contributions[kind] = contributions.GetValueOrDefault(kind) + count;
        }

        return new PersonErasure(
            contributions, Conclusions + other.Conclusions, Invitations + other.Invitations, Ballots + other.Ballots,
            ActionItems + other.ActionItems, OtherItems + other.OtherItems);
    }
}
