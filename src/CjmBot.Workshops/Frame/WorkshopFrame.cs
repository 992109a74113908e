using System.Globalization;

namespace CjmBot.Workshops.Frame;

/// <summary>
/// What a workshop is about, fixed when it starts: the frame of the map, its stages and segments, and who
/// runs it. Changes rarely (a co-facilitator added), under optimistic concurrency.
/// </summary>
public sealed record WorkshopFrame
{
    public required string Id { get; init; }

    /// <summary>The conversation the workshop runs in (opaque to the domain).</summary>
    public required string ConversationId { get; init; }

    public required string Title { get; init; }
    public required string Product { get; init; }
    public required string Goal { get; init; }
    public required MapType MapType { get; init; }
    public required StageTemplate Template { get; init; }
    public required IReadOnlyList<string> Stages { get; init; }
    public required IReadOnlyList<Segment> Segments { get; init; }
    public required bool KpiEnabled { get; init; }
    public required bool Anonymous { get; init; }

    /// <summary>When set, each question is timeboxed: the bot reminds and moves on when it runs out.</summary>
    public TimeSpan? Timebox { get; init; }

    public required Language Language { get; init; }
    public required Participant CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The creator and the co-facilitators they added (channel ids).</summary>
    public required IReadOnlyList<string> Facilitators { get; init; }

    /// <summary>1 for a new map; copies count up (the map is revisited quarterly or half-yearly).</summary>
    public int Version { get; init; } = 1;

    public string? CopiedFromId { get; init; }

    /// <summary>
    /// The facilitator's choice of how many days the workshop is kept once closed (0: until deleted by hand); null follows
    /// the bot's setting (<see cref="Retention.RetentionPolicy"/>).
    /// </summary>
    public int? RetentionDays { get; init; }

    /// <summary>When a facilitator last changed the retention: a change never deletes the workshop sooner than a week after it.</summary>
    public DateTimeOffset? RetentionSetAt { get; init; }

    /// <summary>
    /// Set up to run each stage blind: a stage becomes a blind round when the session first reaches it (the first at the
    /// start), until a facilitator reveals it (see <see cref="Progress.WorkshopProgress.Blind"/>).
    /// </summary>
    public bool BlindStages { get; init; }

    public bool IsFacilitator(string participantId) => Facilitators.Contains(participantId, StringComparer.Ordinal);

    public IReadOnlyList<Questions.QuestionKey> Questions => Workshops.Questions.QuestionCatalog.For(KpiEnabled);

    public Segment? FindSegment(string segmentId) => Segments.FirstOrDefault(segment => segment.Id == segmentId);

    /// <summary>
    /// The index of the stage a facilitator named: by its number (from 1), its whole name, or the start of its name
    /// (ignoring case); -1 when none.
    /// </summary>
    public int FindStage(string stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var wanted = stage.Trim();
        if (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= Stages.Count ? number - 1 : -1;
        }

        if (wanted.Length == 0)
        {
            return -1;
        }

        var stages = Stages.ToList();
        var exact = stages.FindIndex(name => string.Equals(name, wanted, StringComparison.CurrentCultureIgnoreCase));
        return exact >= 0 ? exact : stages.FindIndex(name => name.StartsWith(wanted, StringComparison.CurrentCultureIgnoreCase));
    }
}
