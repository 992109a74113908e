using CjmBot.Workshops.People;

namespace CjmBot.Workshops;

/// <summary>
/// The person → workshops index and a person's erasure. The index is written by the repository itself whenever a person
/// first contributes to, is invited to, votes in or is given an action item of a workshop (once per person and workshop
/// and instance), before the write it accompanies, so a record of a person is never unindexed; deleting a workshop removes
/// its index rows.
/// </summary>
public partial interface IWorkshopRepository
{
    /// <summary>The workshops the person has records in, without scanning every workshop (one query). May name a workshop deleted meanwhile.</summary>
    Task<IReadOnlyList<string>> ListWorkshopsOfPersonAsync(string personId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes everything of the person from the workshop: their answers, insights, edits, withdrawals and conclusions, their
    /// invitation, their state items and the cards posted for them; their ballots stay as anonymous counts (totals unchanged)
    /// and action items they owned stay with <see cref="Frame.Participant.Former"/> as owner. Then the person's index row of the
    /// workshop goes. Idempotent: a second run finds nothing and counts nothing. Null when the workshop is gone (its stale
    /// index row is removed too). The workshop's frame (its creator and facilitators) is left as it is.
    /// </summary>
    Task<PersonErasure?> ErasePersonAsync(string workshopId, Frame.Participant person, CancellationToken cancellationToken);

    /// <summary>Removes the records of cards of no workshop posted in the conversation for the person (a confirmation card, a setup form). Returns how many.</summary>
    Task<int> RemoveCardsPostedForAsync(string conversationId, string personId, CancellationToken cancellationToken);
}
