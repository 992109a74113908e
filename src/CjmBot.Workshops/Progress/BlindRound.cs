using System.Runtime.CompilerServices;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Progress;

/// <summary>
/// A question (or, with no <see cref="Question"/>, a whole stage) of one segment run blind: its answers are recorded as
/// usual but shown to nobody until the facilitator reveals them. Kept with the progress, so it changes under the same
/// ETag as every facilitator move; <see cref="WorkshopSnapshot.Answers"/> leaves the hidden answers out.
/// </summary>
public sealed record BlindRound(int Segment, int Stage, QuestionKey? Question)
{
    /// <summary>Whether this round covers an answer to <paramref name="question"/> of that segment and stage.</summary>
    public bool Covers(WorkshopFrame frame, string segmentId, int stage, QuestionKey question)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return Stage == stage && (Question is null || Question == question)
            && Segment >= 0 && Segment < frame.Segments.Count && frame.Segments[Segment].Id == segmentId;
    }

    /// <summary>Whether this round is part of what <paramref name="other"/> hides already (the same question, or its whole stage).</summary>
    public bool IsWithin(BlindRound other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Segment == Segment && other.Stage == Stage && (other.Question is null || other.Question == Question);
    }
}

/// <summary>How much of the session a facilitator runs blind: the current question or the current stage.</summary>
public enum BlindScope
{
    Question,
    Stage,
}

/// <summary>What a facilitator can do about blind rounds.</summary>
public enum BlindChange
{
    /// <summary>The current question runs blind.</summary>
    Question,

    /// <summary>The current stage (every question of it, for the current segment) runs blind.</summary>
    Stage,

    /// <summary>Every blind round ends: all hidden answers appear at once.</summary>
    Reveal,
}

/// <summary>
/// The blind rounds running, compared by value: the progress is a record, and two progresses with the same rounds are
/// the same progress (a round trip through storage, a refused change).
/// </summary>
[CollectionBuilder(typeof(BlindRounds), nameof(Create))]
public sealed class BlindRounds : IReadOnlyList<BlindRound>, IEquatable<BlindRounds>
{
    private readonly BlindRound[] _rounds;

    private BlindRounds(BlindRound[] rounds) => _rounds = rounds;

    public static BlindRounds Empty { get; } = new([]);

    public static BlindRounds Create(ReadOnlySpan<BlindRound> rounds) => rounds.IsEmpty ? Empty : new(rounds.ToArray());

    public int Count => _rounds.Length;

    public BlindRound this[int index] => _rounds[index];

    public IEnumerator<BlindRound> GetEnumerator() => ((IEnumerable<BlindRound>)_rounds).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(BlindRounds? other) => other is not null && _rounds.AsSpan().SequenceEqual(other._rounds);

    public override bool Equals(object? obj) => Equals(obj as BlindRounds);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var round in _rounds)
        {
            hash.Add(round);
        }

        return hash.ToHashCode();
    }
}
