using CjmBot.Workshops.Progress;

namespace CjmBot.Workshops.Writes;

/// <summary>A progress change as applied: the change the latest progress allowed, and whether it was written.</summary>
public sealed record ProgressUpdate(ProgressChange Change, WriteOutcome Write)
{
    /// <summary>Moved now (not refused, not a redelivery, workshop still there).</summary>
    public bool Applied => Write == WriteOutcome.Written && Change.Succeeded;
}
