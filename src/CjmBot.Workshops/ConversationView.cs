namespace CjmBot.Workshops;

/// <summary>What a turn needs first about its conversation: the index and the active workshop's frame and progress.</summary>
/// <param name="ActiveHead">Null when the conversation has no workshop (or its newest was deleted a moment ago).</param>
public sealed record ConversationView(ConversationIndex Index, WorkshopHead? ActiveHead);
