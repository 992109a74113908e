namespace CjmBot.Bot.LiveMap;

/// <summary>What became of a deleted workshop's live map message in the chat.</summary>
public enum MapMessageRemoval
{
    NoMap,
    Removed,

    /// <summary>The chat would not delete it (the Agents Playground cannot), so it now says the workshop was deleted.</summary>
    Replaced,

    /// <summary>The chat refused or could not be reached; the data is gone all the same.</summary>
    Kept,
}
