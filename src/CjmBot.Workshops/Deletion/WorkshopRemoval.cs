using CjmBot.Workshops.Contributions;

namespace CjmBot.Workshops.Deletion;

/// <summary>
/// What deleting a workshop removed from the repository, counted per kind so the facilitator can see it.
/// </summary>
/// <param name="HeadRows">The frame and progress rows.</param>
/// <param name="Contributions">Answers, insights, edits and withdrawals, per kind.</param>
/// <param name="OtherRows">Rows of the workshop's partition kept by other features, per row-key prefix (e.g. <c>vote</c>).</param>
/// <param name="IndexRows">The workshop's rows in the conversation index.</param>
public sealed record WorkshopRemoval(
    int HeadRows,
    IReadOnlyDictionary<ContributionKind, int> Contributions,
    IReadOnlyDictionary<string, int> OtherRows,
    int IndexRows)
{
    public int Total => HeadRows + Contributions.Values.Sum() + OtherRows.Values.Sum() + IndexRows;
}
