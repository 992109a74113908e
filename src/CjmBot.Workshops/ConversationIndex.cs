namespace CjmBot.Workshops;

/// <summary>
/// What the conversation index holds for one conversation, read in one request: its workshops in creation order,
/// and whether anyone ever began an asynchronous sequence in it (only then can typed text there belong to one).
/// </summary>
public sealed record ConversationIndex(IReadOnlyList<string> WorkshopIds, bool HasAsyncSequences)
{
    public static readonly ConversationIndex Empty = new([], HasAsyncSequences: false);

    /// <summary>The most recently created workshop, the one the conversation works on.</summary>
    public string? ActiveWorkshopId => WorkshopIds.Count == 0 ? null : WorkshopIds[^1];
}
