using CjmBot.Workshops.Frame;

namespace CjmBot.Workshops.Voting;

public enum VotingStatus
{
    NotStarted,
    Open,
    Closed,
}

/// <summary>
/// Whether dot-voting is open and how many votes each participant may place per segment. One small record per
/// workshop that only the facilitators change; ballots are checked against it when they are cast.
/// </summary>
public sealed record VotingState(VotingStatus Status, int Budget, DateTimeOffset? ChangedAt, Participant? ChangedBy)
{
    public const int DefaultBudget = 3;
    public const int MinBudget = 1;
    public const int MaxBudget = 20;

    public static VotingState NotStarted { get; } = new(VotingStatus.NotStarted, DefaultBudget, null, null);

    public bool IsOpen => Status == VotingStatus.Open;

    /// <summary>Voting on the accepted themes of barriers and solutions instead of the raw answers (<c>vote themes</c>).</summary>
    public bool OnThemes { get; init; }

    public static bool IsValidBudget(int budget) => budget is >= MinBudget and <= MaxBudget;
}
