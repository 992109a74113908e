namespace CjmBot.Workshops;

/// <summary>
/// The conversation index in one read, and its mark for asynchronous sequences: set (never removed) before a
/// person's sequence becomes current in a chat, so a chat without it needs no look at the sequence cursor.
/// </summary>
public partial interface IWorkshopRepository
{
    /// <summary>The conversation's workshops and its async mark, in one request.</summary>
    Task<ConversationIndex> ReadConversationIndexAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// The index and the active workshop's head together, as every turn in a conversation starts. A store may answer
    /// from what it read before, but only after checking with one request that nothing it answers has changed since.
    /// </summary>
    Task<ConversationView> ReadConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// The ids of every workshop of every conversation, in no particular order: one scan of the index, for the rare job
    /// that must look at all of them (retention after its setting changed). Never on a turn's path.
    /// </summary>
    IAsyncEnumerable<string> ListAllWorkshopIdsAsync(CancellationToken cancellationToken);

    /// <summary>Marks the conversation as one where typed text may belong to an asynchronous sequence. Idempotent.</summary>
    Task MarkAsyncSequencesAsync(string conversationId, CancellationToken cancellationToken);
}
