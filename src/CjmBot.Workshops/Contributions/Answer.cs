using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Contributions;

/// <summary>An answer as it stands now, after its author's edits.</summary>
public sealed record Answer(
    string Id,
    Participant Author,
    string SegmentId,
    int StageIndex,
    QuestionKey Question,
    string Text,
    int? Score,
    EvidenceSource? Source,
    DateTimeOffset At,
    bool Edited,
    bool IsAsync);

/// <summary>An insight, improvement idea or critical moment, noted against a segment and stage.</summary>
public sealed record Insight(string Id, Participant Author, string? SegmentId, int? StageIndex, string Text, DateTimeOffset At);
