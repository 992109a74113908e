using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Contributions;

/// <summary>
/// One thing a participant said, stored as its own record the moment it arrives and never rewritten:
/// answers, insights, and the edits and deletions of answers. Concurrent participants never touch the
/// same record, and nothing recorded is lost (an edit is a new record that points at the answer).
/// </summary>
public sealed record Contribution
{
    /// <summary>
    /// Derived from the inbound activity, so the same activity delivered twice is recorded once.
    /// </summary>
    public required string Id { get; init; }

    public required string WorkshopId { get; init; }
    public required ContributionKind Kind { get; init; }
    public required Participant Author { get; init; }
    public required DateTimeOffset At { get; init; }

    public string? SegmentId { get; init; }
    public int? StageIndex { get; init; }
    public QuestionKey? Question { get; init; }

    /// <summary>The words; null only for a deletion.</summary>
    public string? Text { get; init; }

    /// <summary>Emotion score from -2 to +2 (emotions question only).</summary>
    public int? Score { get; init; }

    public EvidenceSource? Source { get; init; }

    /// <summary>For an edit or deletion: the answer it changes.</summary>
    public string? TargetId { get; init; }

    /// <summary>Given in a personal chat outside the live session.</summary>
    public bool IsAsync { get; init; }
}
