using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Themes;

/// <summary>A theme as stored: its id, the label the facilitator accepted or gave, and the ids of its answers (never their texts).</summary>
public sealed record StoredTheme(string Id, string Label, IReadOnlyList<string> AnswerIds);

/// <summary>
/// The accepted themes of one segment's lane, as the facilitator left them. Insert-only: every action (accept, rename,
/// merge, move, split, reset) writes a new record holding the lane's whole arrangement, so a merge or a move is one
/// write and can never be half done; the latest record (highest <see cref="Sequence"/>) per segment and lane stands. No themes means "back to the
/// proposal" (a reset).
/// </summary>
public sealed record ThemeRecord
{
    /// <summary>Derived from the inbound activity, so a redelivered click is recorded once.</summary>
    public required string Id { get; init; }

    public required string WorkshopId { get; init; }
    public required string SegmentId { get; init; }
    public required QuestionKey Lane { get; init; }
    public required IReadOnlyList<StoredTheme> Themes { get; init; }
    public required Participant By { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>
    /// The record's place among its segment's lane's records (1, 2, …): the one it follows plus one. Two actions on the same
    /// arrangement claim the same place and only the first is written, so concurrent clicks never overwrite each other.
    /// </summary>
    public int Sequence { get; init; } = 1;
}
