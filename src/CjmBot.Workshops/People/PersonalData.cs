using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Voting;

namespace CjmBot.Workshops.People;

/// <summary>
/// Everything one person contributed to one workshop, for "my data": their contributions as recorded (answers,
/// insights, edits, withdrawals; blind ones too — they are theirs), their own ballots as the choices they made, their
/// conclusions and the action items they own.
/// </summary>
public sealed record PersonalWorkshopData(
    WorkshopFrame Frame,
    IReadOnlyList<Contribution> Contributions,
    IReadOnlyList<PersonalVote> Votes,
    IReadOnlyList<Conclusion> Conclusions,
    IReadOnlyList<ActionItem> ActionItems)
{
    public bool IsEmpty => Contributions.Count == 0 && Votes.Count == 0 && Conclusions.Count == 0 && ActionItems.Count == 0;

    public static PersonalWorkshopData Of(WorkshopSnapshot workshop, string personId)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var decisions = workshop.Decisions;
        var texts = workshop.Contributions.Where(c => c.Text is not null).ToDictionary(c => c.Id, c => c.Text!, StringComparer.Ordinal);
        var votes = decisions.Ballots
            .Where(ballot => ballot.Voter.Id == personId)
            .SelectMany(ballot => ballot.Votes.Where(vote => vote.Value > 0).Select(vote => new PersonalVote(
                ballot.SegmentId, vote.Key, texts.GetValueOrDefault(vote.Key) ?? ThemeLabel(workshop, vote.Key), vote.Value, ballot.At)))
            .ToList();
        return new PersonalWorkshopData(
            workshop.Frame,
            [.. workshop.Contributions.Where(c => c.Author.Id == personId).OrderBy(c => c.At)],
            votes,
            [.. decisions.ConclusionRecords.Where(c => c.Author.Id == personId).OrderBy(c => c.At)],
            [.. decisions.CurrentActionItems().Where(a => a.Owner.Id == personId)]);
    }

    private static string? ThemeLabel(WorkshopSnapshot workshop, string itemId) =>
        workshop.ThemeRecords.SelectMany(record => record.Themes).FirstOrDefault(theme => theme.Id == itemId)?.Label;
}

/// <summary>Dots the person gave one item (an answer or a theme) in a segment's vote; <see cref="ItemText"/> when it still stands.</summary>
public sealed record PersonalVote(string SegmentId, string ItemId, string? ItemText, int Dots, DateTimeOffset At);
