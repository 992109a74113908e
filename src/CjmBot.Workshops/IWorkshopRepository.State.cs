using CjmBot.Workshops.Writes;

namespace CjmBot.Workshops;

/// <summary>
/// The small items of state a workshop owns besides its records (where its live map message is, how to reach its chat,
/// each contributor's place in their sequence), and the cards the bot posted that a click may replace. They live in the
/// workshop's partition, so deleting the workshop deletes them, including kinds added later. Values are JSON text: the
/// domain does not know their shapes; their owners serialize them.
/// </summary>
public partial interface IWorkshopRepository
{
    Task<WorkshopStateItem?> ReadStateAsync(string workshopId, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a state item. <paramref name="eTag"/> null creates only; <see cref="WorkshopStateItem.AnyETag"/> overwrites;
    /// any other value must match the stored one, else <see cref="WorkshopStateConflictException"/> and nothing is written.
    /// Returns the new ETag, or null when the workshop is gone or being deleted (nothing written).
    /// </summary>
    Task<string?> WriteStateAsync(string workshopId, string name, string json, string? eTag, CancellationToken cancellationToken);

    /// <summary>Deletes a state item (with an ETag only if it still matches). False when there was nothing to delete.</summary>
    Task<bool> DeleteStateAsync(string workshopId, string name, string? eTag, CancellationToken cancellationToken);

    /// <summary>Remembers which kind of card a message the bot posted holds (in the workshop's partition, or the conversation's when it belongs to none).</summary>
    Task<WriteOutcome> RecordCardAsync(PostedCard card, CancellationToken cancellationToken);

    /// <summary>The card recorded for a message, looked up where <see cref="RecordCardAsync"/> put it.</summary>
    Task<PostedCard?> FindCardAsync(string conversationId, string? workshopId, string messageId, CancellationToken cancellationToken);
}

/// <summary>A state item as stored, with the ETag to write it back under.</summary>
public sealed record WorkshopStateItem(string Json, string ETag)
{
    public const string AnyETag = "*";
}

/// <summary>
/// A card the bot posted: the message that holds it, its kind, the workshop it belongs to (if any) and the person it was
/// posted for (the one who asked for a setup form, say), so a click on it can be checked against what it really is.
/// </summary>
public sealed record PostedCard(string ConversationId, string MessageId, string Kind, string? WorkshopId, string? PostedFor);

/// <summary>A state item changed since it was read (or exists, for a create): nothing was written.</summary>
public sealed class WorkshopStateConflictException(string workshopId, string name)
    : Exception($"The state item '{name}' of workshop {workshopId} was changed or created by someone else.")
{
    public string WorkshopId { get; } = workshopId;

    public string Name { get; } = name;
}
